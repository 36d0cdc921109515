using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;
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
        services.TryAddSingleton<IToilLedger>(sp => CreateLedger(sp.GetRequiredService<TableServiceClient>(), ledgerTable));
        services.TryAddSingleton<IToilReportStore>(sp => CreateReportStore(sp.GetRequiredService<TableServiceClient>(), reportTable));
        return services;
    }

    /// <summary>The ledger on table <paramref name="tableName"/>, without dependency injection.</summary>
    public static IToilLedger CreateLedger(TableServiceClient service, string tableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new AzureTableToilLedger(StoreTable.Of(service, tableName));
    }

    /// <summary>The report store on table <paramref name="tableName"/>, without dependency injection.</summary>
    public static IToilReportStore CreateReportStore(TableServiceClient service, string tableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new AzureTableToilReportStore(StoreTable.Of(service, tableName));
    }
}
