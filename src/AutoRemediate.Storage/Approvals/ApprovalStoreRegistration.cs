using AutoRemediate.Core.Approvals;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoRemediate.Storage.Approvals;

/// <summary>Registers the approval store on a table of the registered storage account.</summary>
public static class ApprovalStoreRegistration
{
    /// <summary>Uses table <paramref name="tableName"/> (created on first use) as the <see cref="IApprovalStore"/>.</summary>
    public static IServiceCollection AddAzureTableApprovalStore(this IServiceCollection services, string tableName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IApprovalStore>(sp => new AzureTableApprovalStore(
            StoreTable.Of(sp.GetRequiredService<TableServiceClient>(), tableName), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
