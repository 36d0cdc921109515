using AutoRemediate.Core.Audit;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Storage.Audit;

/// <summary>The audit log on Azure Tables: registration and construction.</summary>
public static class AzureAuditLog
{
    /// <summary>
    /// Registers a singleton <see cref="IAuditLog"/> on the tables named by <see cref="AuditLogOptions"/> of the
    /// storage account registered with <c>AddAzureStorageClients</c>. The tables are created on first use.
    /// </summary>
    public static IServiceCollection AddAzureAuditLog(this IServiceCollection services, Action<AuditLogOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AuditLogOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditLog>(provider => Create(
            provider.GetRequiredService<TableServiceClient>(),
            provider.GetRequiredService<IOptions<AuditLogOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>Creates the log without dependency injection; throws <see cref="ArgumentException"/> for an invalid table name.</summary>
    public static IAuditLog Create(TableServiceClient service, AuditLogOptions? options = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        options ??= new AuditLogOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAppendAttempts, 1, nameof(options));
        return new AzureTableAuditLog(
            StoreTable.Of(service, options.TableName),
            StoreTable.Of(service, options.IndexTableName),
            options,
            timeProvider ?? TimeProvider.System,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AzureTableAuditLog>());
    }
}
