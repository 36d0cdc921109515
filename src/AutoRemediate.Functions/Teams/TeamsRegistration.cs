namespace AutoRemediate.Functions.Teams;

/// <summary>Registers the Teams webhook client and its options, shared by the approval step and the toil summary.</summary>
internal static class TeamsRegistration
{
    /// <summary>Safe to call from every feature that posts to Teams, in any order: the second call changes nothing.</summary>
    public static IServiceCollection AddTeamsWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(TeamsWebhookClient)))
        {
            // Binding and validating the options twice would report every invalid Teams setting twice.
            return services;
        }

        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        // No HTTP logging: the request URI is the webhook secret.
        services.AddHttpClient<WebhookSender>(http => http.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        // Transient like the typed HttpClient it wraps, so handler rotation keeps working.
        services.AddTransient<TeamsWebhookClient>();
        return services;
    }
}
