using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Roles;

/// <summary>Registers the group-to-role mapping, validated at start-up, and the <see cref="RoleMapper"/>.</summary>
internal static class RoleRegistration
{
    public static IServiceCollection AddOperatorRoles(this IServiceCollection services, IConfiguration configuration)
    {
        // Both the operator API and the approval decision need roles; registering twice adds nothing twice.
        if (services.Any(service => service.ServiceType == typeof(RoleMapper)))
        {
            return services;
        }

        services.AddOptions<RoleMappingOptions>().Bind(configuration.GetSection(RoleMappingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoleMappingOptions>, RoleMappingOptionsValidator>();
        services.AddSingleton<RoleMapper>();
        return services;
    }
}
