using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoRemediate.Storage.Toil;

/// <summary>Registers the toil ledger, its day rollups and the report store on tables of the registered storage account.</summary>
public static class ToilStoreRegistration
{
    /// <summary>Uses <paramref name="ledgerTable"/> and <paramref name="reportTable"/> (created on first use).</summary>
    public static IServiceCollection AddAzureToilStores(this IServiceCollection services, string ledgerTable, string reportTable)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(ledgerTable);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportTable);
        services.TryAddSingleton(sp => new AzureTableToilRollups(StoreTable.Of(sp.GetRequiredService<TableServiceClient>(), ledgerTable)));
        services.TryAddSingleton<IToilRollups>(sp => sp.GetRequiredService<AzureTableToilRollups>());
        services.TryAddSingleton<IToilLedger>(sp => new AzureTableToilLedger(
            StoreTable.Of(sp.GetRequiredService<TableServiceClient>(), ledgerTable), sp.GetRequiredService<AzureTableToilRollups>()));
        services.TryAddSingleton<IToilReportStore>(sp => CreateReportStore(sp.GetRequiredService<TableServiceClient>(), reportTable));
        return services;
    }

    /// <summary>The ledger on table <paramref name="tableName"/> (keeping its day rollups), without dependency injection.</summary>
    public static IToilLedger CreateLedger(TableServiceClient service, string tableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        var table = StoreTable.Of(service, tableName);
        return new AzureTableToilLedger(table, new AzureTableToilRollups(table));
    }

    /// <summary>The day rollups of the ledger on table <paramref name="tableName"/>, without dependency injection.</summary>
    public static IToilRollups CreateRollups(TableServiceClient service, string tableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new AzureTableToilRollups(StoreTable.Of(service, tableName));
    }

    /// <summary>The report store on table <paramref name="tableName"/>, without dependency injection.</summary>
    public static IToilReportStore CreateReportStore(TableServiceClient service, string tableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new AzureTableToilReportStore(StoreTable.Of(service, tableName));
    }
}
