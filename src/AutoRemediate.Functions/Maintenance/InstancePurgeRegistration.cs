namespace AutoRemediate.Functions.Maintenance;

/// <summary>Registers <see cref="InstancePurge"/> and its validated options.</summary>
internal static class InstancePurgeRegistration
{
    public static IServiceCollection AddInstancePurge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InstancePurgeOptions>()
            .Bind(configuration.GetSection(InstancePurgeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<InstancePurge>();
        return services;
    }
}
