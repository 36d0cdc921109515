namespace AutoRemediate.Functions.Dashboard;

/// <summary>Registers the dashboard's services and validated options; it needs the operator API's (<see cref="Operator.OperatorRegistration"/>).</summary>
internal static class DashboardRegistration
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DashboardAssets>();
        services.AddSingleton<RemediationBrowser>();
        services.AddSingleton<DashboardViews>();
        services.AddSingleton<DashboardActions>();
        return services;
    }
}
