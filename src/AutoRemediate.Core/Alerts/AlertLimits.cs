namespace AutoRemediate.Core.Alerts;

/// <summary>
/// Size limits for webhook payloads. Real senders stay far below them; they exist so a hostile or broken body
/// is refused with a clear reason instead of exhausting memory or producing absurd audit records.
/// </summary>
internal static class AlertLimits
{
    /// <summary>Event Grid batches are at most 1 MB; Azure Monitor and Alertmanager bodies are far smaller.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>Real payloads nest about 8 levels deep.</summary>
    public const int MaxDepth = 64;

    /// <summary>Event Grid delivers at most 5,000 events per batch.</summary>
    public const int MaxAlertsPerPayload = 5000;

    public const int MaxTargetsPerAlert = 100;
    public const int MaxIdentityLength = 1024;
    public const int MaxNameLength = 1024;
    public const int MaxDescriptionLength = 16 * 1024;
    public const int MaxLabels = 256;
    public const int MaxLabelKeyLength = 256;
    public const int MaxLabelValueLength = 8 * 1024;
}
