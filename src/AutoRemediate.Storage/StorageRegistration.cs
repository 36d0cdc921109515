using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Pipeline;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Storage;

/// <summary>Registers the storage clients with dependency injection.</summary>
public static class StorageRegistration
{
    /// <summary>
    /// Binds <see cref="StorageAccountOptions"/> from <paramref name="configuration"/> (validated at start-up, errors
    /// naming the setting's path) and registers singletons: the app stores' <see cref="TableServiceClient"/> (Azure
    /// SDK), and the engine's <see cref="StorageClientFactory"/> and <see cref="StorageRequestCounter"/>. A registered
    /// <see cref="TokenCredential"/> is used for Entra ID access.
    /// </summary>
    public static IServiceCollection AddAzureStorageClients(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration is IConfigurationSection section ? section.Path : "Storage";
        services.AddOptions<StorageAccountOptions>().Bind(configuration).ValidateOnStart();
        return AddCore(services, path);
    }

    /// <summary>Registers the storage clients with options set in code (validated at start-up).</summary>
    public static IServiceCollection AddAzureStorageClients(this IServiceCollection services, Action<StorageAccountOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<StorageAccountOptions>().Configure(configure).ValidateOnStart();
        return AddCore(services, nameof(StorageAccountOptions));
    }

    private static IServiceCollection AddCore(IServiceCollection services, string path)
    {
        services.AddSingleton<IValidateOptions<StorageAccountOptions>>(new StorageAccountOptionsValidator(path));
        services.TryAddSingleton<StorageRequestCounter>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new StorageClientFactory(
            provider.GetRequiredService<IOptions<StorageAccountOptions>>().Value,
            provider.GetService<TokenCredential>(),
            provider.GetRequiredService<StorageRequestCounter>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => StorageServiceClients.CreateTableService(
            provider.GetRequiredService<IOptions<StorageAccountOptions>>().Value, provider.GetService<TokenCredential>()));
        return services;
    }
}
