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
    /// storage account registered with <c>AddAzureStorageClients</c>, keyed with the <see cref="AuditKeyOptions"/>
    /// (bind them from the <c>Audit</c> section; they are validated when the log is first resolved, and at start-up
    /// with <c>ValidateOnStart</c>). The tables are created on first use.
    /// </summary>
    public static IServiceCollection AddAzureAuditLog(this IServiceCollection services, Action<AuditLogOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AuditLogOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddOptions<AuditKeyOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditKeyOptions>, AuditKeyOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditLog>(provider => Create(
            provider.GetRequiredService<TableServiceClient>(),
            AuditKeyOptionsValidator.ToKeyRing(provider.GetRequiredService<IOptions<AuditKeyOptions>>().Value),
            provider.GetRequiredService<IOptions<AuditLogOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>Creates the log without dependency injection; throws <see cref="ArgumentException"/> for an invalid table name.</summary>
    public static IAuditLog Create(
        TableServiceClient service, AuditKeyRing keys, AuditLogOptions? options = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(keys);
        options ??= new AuditLogOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAppendAttempts, 1, nameof(options));
        return new AzureTableAuditLog(
            StoreTable.Of(service, options.TableName),
            StoreTable.Of(service, options.IndexTableName),
            new AuditAnchorTable(StoreTable.Of(service, options.AnchorTableName), keys, options.MaxAppendAttempts),
            keys,
            options,
            timeProvider ?? TimeProvider.System,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AzureTableAuditLog>());
    }
}
