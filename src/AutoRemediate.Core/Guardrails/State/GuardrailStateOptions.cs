namespace AutoRemediate.Core.Guardrails.State;

/// <summary>Retention and retry settings of a <see cref="GuardrailStateStore"/>.</summary>
public sealed class GuardrailStateOptions
{
    /// <summary>The rate limit's sliding window; starts older than this are dropped. Fixed by the rate-limit guardrail at one hour.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long re-firings are kept; must cover the longest flap-detection window of any binding.</summary>
    public TimeSpan FlapRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The most times kept per list (starts, re-firings); beyond it the oldest go. Counts saturate here.</summary>
    public int MaxTimesPerRow { get; set; } = 1000;

    /// <summary>How often a write that lost a race to another host is re-read and re-applied before giving up.</summary>
    public int MaxAttempts { get; set; } = 100;
}
