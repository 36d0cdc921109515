using AutoRemediate.Core.Alerts;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoRemediate.Storage.Claims;

/// <summary>Registers <see cref="IStartClaims"/> on the app's table service.</summary>
public static class StartClaimsRegistration
{
    /// <summary>Claims in the table <paramref name="tableName"/> gives (one per task hub, so hubs never see each other's claims).</summary>
    public static IServiceCollection AddAzureTableStartClaims(this IServiceCollection services, Func<IServiceProvider, string> tableName)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStartClaims>(sp => new AzureTableStartClaims(
            StoreTable.Of(sp.GetRequiredService<TableServiceClient>(), tableName(sp)), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
