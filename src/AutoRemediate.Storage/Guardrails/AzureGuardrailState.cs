using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.State;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Storage.Guardrails;

/// <summary>Guardrail state on Azure Tables: registration and construction.</summary>
public static class AzureGuardrailState
{
    /// <summary>
    /// Registers a singleton <see cref="IGuardrailStateStore"/> on the table named by
    /// <see cref="AzureGuardrailStateOptions.TableName"/> of the storage account registered with
    /// <c>AddAzureStorageClients</c>. The table is created on first use.
    /// </summary>
    public static IServiceCollection AddAzureGuardrailState(this IServiceCollection services, Action<AzureGuardrailStateOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AzureGuardrailStateOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IGuardrailStateStore>(provider => Create(
            provider.GetRequiredService<TableServiceClient>(),
            provider.GetRequiredService<IOptions<AzureGuardrailStateOptions>>().Value,
            provider.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>Creates the store without dependency injection; throws <see cref="ArgumentException"/> for an invalid table name.</summary>
    public static IGuardrailStateStore Create(TableServiceClient service, AzureGuardrailStateOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        options ??= new AzureGuardrailStateOptions();
        var rows = new AzureTableGuardrailRowStore(
            StoreTable.Of(service, options.TableName), (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AzureTableGuardrailRowStore>());
        return new GuardrailStateStore(rows, options.State);
    }
}
