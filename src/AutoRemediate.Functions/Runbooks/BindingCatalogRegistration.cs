using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails.Policy;
using AutoRemediate.Runbooks;

namespace AutoRemediate.Functions.Runbooks;

/// <summary>
/// Registers the guardrail policy and the binding catalog, loaded once from <see cref="GuardrailPolicyFile"/> and
/// <see cref="BindingFolder"/> (no hot reload yet); bindings are checked against the policy's window and SLO names.
/// </summary>
internal static class BindingCatalogRegistration
{
    public static IServiceCollection AddBindingCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        var folder = BindingFolder.Resolve(configuration);
        var (policyPath, configured) = GuardrailPolicyFile.Resolve(configuration, folder);
        services.AddSingleton(new BindingFolderPath(folder));
        services.AddSingleton(_ => GuardrailPolicyFile.Load(policyPath, configured).EnsureSuccess());
        // Bindings may name every registered runbook, the ones added with AddRunbook<T>() too.
        services.AddSingleton(provider => BindingFolder.Load(
            folder, provider.GetRequiredService<GuardrailPolicy>().Names, provider.GetService<RunbookCatalog>()?.Names).EnsureSuccess());
        services.AddHostedService<BindingCatalogStartupCheck>();
        return services;
    }
}
