using AutoRemediate.Core.Toil;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoRemediate.Storage.Toil;

/// <summary>Registers the toil ledger and report store on tables of the registered storage account.</summary>
public static class ToilStoreRegistration
{
    /// <summary>Uses <paramref name="ledgerTable"/> and <paramref name="reportTable"/> (created on first use).</summary>
    public static IServiceCollection AddAzureToilStores(this IServiceCollection services, string ledgerTable, string reportTable)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(ledgerTable);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportTable);
        services.TryAddSingleton<IToilLedger>(sp => CreateLedger(sp.GetRequiredService<StorageClientFactory>(), ledgerTable));
        services.TryAddSingleton<IToilReportStore>(sp => CreateReportStore(sp.GetRequiredService<StorageClientFactory>(), reportTable));
        return services;
    }

    /// <summary>The ledger on table <paramref name="tableName"/>, without dependency injection.</summary>
    public static IToilLedger CreateLedger(StorageClientFactory factory, string tableName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new AzureTableToilLedger(factory.GetTableClient(tableName));
    }

    /// <summary>The report store on table <paramref name="tableName"/>, without dependency injection.</summary>
    public static IToilReportStore CreateReportStore(StorageClientFactory factory, string tableName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new AzureTableToilReportStore(factory.GetTableClient(tableName));
    }
}
