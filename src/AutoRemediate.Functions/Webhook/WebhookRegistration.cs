using AutoRemediate.Server.Engine;
using AutoRemediate.Storage.Claims;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Security;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Webhook;

/// <summary>Registers the alert webhook, its authentication and validated options.</summary>
internal static class WebhookRegistration
{
    private static readonly TimeSpan MetadataRequestTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddAlertWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddHttpClient(EntraIdTokenValidator.HttpClientName, http => http.Timeout = MetadataRequestTimeout);
        services.AddSingleton<EntraIdTokenValidator>();
        services.AddSingleton<FunctionKeyVerifier>();
        services.AddSingleton<WebhookAuthenticator>();
        services.AddSingleton<AlertNormalizer>();
        services.AddSingleton<IRemediationStarter, DurableRemediationStarter>();
        // One claims table per task hub: installations and tests sharing an account never see each other's claims.
        services.AddAzureTableStartClaims(sp => sp.GetRequiredService<IOptions<DurableEngineOptions>>().Value.TaskHub + "Claims");
        services.AddSingleton<RemediationDispatcher>();
        services.AddSingleton<AlertIntake>();
        services.AddSingleton<WebhookBodyReader>();
        services.AddSingleton<WebhookResults>();
        services.AddSingleton<RemediationStatusLookup>();
        return services;
    }
}
