using AutoRemediate.Functions.Roles;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Operator;

/// <summary>Registers the operator API's services and validated options.</summary>
internal static class OperatorRegistration
{
    public static IServiceCollection AddOperatorApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OperatorOptions>().Bind(configuration.GetSection(OperatorOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OperatorOptions>, OperatorOptionsValidator>();
        services.AddOperatorRoles(configuration);
        services.AddSingleton<OperatorIdentityResolver>();
        services.AddSingleton<OperatorAuthenticationFilter>();
        services.AddSingleton<OperatorAudit>();
        services.AddSingleton<RemediationLister>();
        services.AddSingleton<TimelineReader>();
        services.AddSingleton<RemediationCanceller>();
        services.AddSingleton<GuardrailOperator>();
        services.AddSingleton<PendingApprovalsReader>();
        return services;
    }
}
