using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Functions.Runbooks;

/// <summary>Registers the binding catalog, loaded once from <see cref="BindingFolder"/> (no hot reload yet).</summary>
internal static class BindingCatalogRegistration
{
    public static IServiceCollection AddBindingCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new BindingFolderPath(BindingFolder.Resolve(configuration)));
        services.AddSingleton(provider => BindingFolder.Load(provider.GetRequiredService<BindingFolderPath>().Value).EnsureSuccess());
        services.AddHostedService<BindingCatalogStartupCheck>();
        return services;
    }
}
