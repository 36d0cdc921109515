using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.ContainerApps;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.KeyVault;
using AutoRemediate.Azure.Monitoring;
using AutoRemediate.Azure.Resources;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Azure;

/// <summary>Registers the Azure actuator ports with dependency injection.</summary>
public static class AzureActuatorsRegistration
{
    /// <summary>
    /// Binds <see cref="AzureActuatorOptions"/> from <paramref name="configuration"/> (validated at start-up, failures
    /// naming the setting's path) and registers the ports as singletons: <see cref="IAzureResourceClient"/>,
    /// <see cref="IAppServiceClient"/>, <see cref="IComputeClient"/>, <see cref="IContainerAppsClient"/>,
    /// <see cref="IKeyVaultCertificateClient"/>, <see cref="IMetricsQueryClient"/>, <see cref="ILogAnalyticsQueryClient"/>
    /// and <see cref="IAzureDryRun"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the settings (e.g. <c>Azure</c>).</param>
    /// <param name="setup">Code-only settings: the credential and, for tests, the HTTP transport.</param>
    public static IServiceCollection AddAzureActuators(this IServiceCollection services, IConfiguration configuration, Action<AzureActuatorsSetup>? setup = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration is IConfigurationSection section ? section.Path : "Azure";
        var codeSettings = new AzureActuatorsSetup();
        setup?.Invoke(codeSettings);

        services.AddOptions<AzureActuatorOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureActuatorOptions>>(new AzureActuatorOptionsValidator(path));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new AzureActuatorCredential(
            codeSettings.Credential
            ?? provider.GetService<TokenCredential>()
            ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = provider.GetRequiredService<IOptions<AzureActuatorOptions>>().Value.ManagedIdentityClientId,
            })));
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<AzureActuatorOptions>>().Value;
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger("AutoRemediate.Azure") ?? NullLogger.Instance;
            var credential = provider.GetRequiredService<AzureActuatorCredential>().Credential;
            return new AzureClientFactory(options, credential, codeSettings.Transport, provider.GetRequiredService<TimeProvider>(), logger);
        });
        services.TryAddSingleton(provider => Live(provider).Resources);
        services.TryAddSingleton(provider => Live(provider).AppService);
        services.TryAddSingleton(provider => Live(provider).AppServiceCertificates);
        services.TryAddSingleton(provider => Live(provider).Compute);
        services.TryAddSingleton(provider => Live(provider).ContainerApps);
        services.TryAddSingleton(provider => Live(provider).Certificates);
        services.TryAddSingleton(provider => Live(provider).Metrics);
        services.TryAddSingleton(provider => Live(provider).Logs);
        services.TryAddSingleton<IAzureDryRun>(provider => new AzureDryRun(Factory(provider)));
        return services;
    }

    private static AzureClientFactory Factory(IServiceProvider provider) => provider.GetRequiredService<AzureClientFactory>();

    private static AzureClientSet Live(IServiceProvider provider) => Factory(provider).Live;
}
