using AutoRemediate.Storage.Audit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Audit;

/// <summary>Binds the audit keys (validated at start-up) and registers the day verification and its self-hosted timer.</summary>
internal static class AuditRegistration
{
    public static IServiceCollection AddAuditVerification(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditKeyOptions>().Bind(configuration.GetSection(AuditKeyOptions.SectionName)).ValidateOnStart();
        services.AddOptions<AuditVerifyOptions>().Bind(configuration.GetSection(AuditVerifyOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditVerifyOptions>, AuditVerifyOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditDayVerifier>();
        return services;
    }

    /// <summary>The self-hosted daily verification timer.</summary>
    public static IServiceCollection AddAuditVerifyScheduler(this IServiceCollection services) => services.AddHostedService<AuditVerifyScheduler>();
}
