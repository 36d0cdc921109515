using System.ComponentModel.DataAnnotations;

namespace AutoRemediate.Functions.Teams;

/// <summary>The Teams Workflows webhook approval cards are posted to, and how deliveries are retried.</summary>
internal sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>The Workflows "post to a channel when a webhook request is received" URL. A secret: never logged.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Retries after the first attempt on 408, 429, 5xx and network errors.</summary>
    [Range(0, 10, ErrorMessage = "Teams:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first back-off; it doubles per retry (a Retry-After header wins, up to <see cref="MaxRetryDelay"/>).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "Teams:RetryDelay must be between 1 ms and 1 minute.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00", ErrorMessage = "Teams:MaxRetryDelay must be between 1 ms and 5 minutes.")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
