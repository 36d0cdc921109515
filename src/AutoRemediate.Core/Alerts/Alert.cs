namespace AutoRemediate.Core.Alerts;

/// <summary>
/// One alert, normalised from any supported monitoring system. This is what bindings match, guardrails reason
/// about and the audit log records; the raw body is identified by <see cref="BodySha256"/>.
/// </summary>
public sealed record Alert
{
    /// <summary>The system that sent the alert.</summary>
    public required AlertSource Source { get; init; }

    /// <summary>
    /// The sender's stable id for this alert instance, used for de-duplication: Azure Monitor
    /// <c>essentials.alertId</c> (shared by the fired and resolved notifications), the Event Grid event id,
    /// or <c>fingerprint@startsAt</c> for Alertmanager and Grafana.
    /// </summary>
    public required string Identity { get; init; }

    /// <summary>The alert rule name: Azure <c>alertRule</c>, Prometheus/Grafana <c>alertname</c>, Event Grid <c>eventType</c>.</summary>
    public required string RuleName { get; init; }

    /// <summary>Severity 0 (critical) to 4 (verbose), like Azure Sev0–Sev4. See <see cref="SeverityScale"/>.</summary>
    public required int Severity { get; init; }

    /// <summary>The kind of signal that raised the alert.</summary>
    public required SignalType SignalType { get; init; }

    /// <summary>Fired or resolved.</summary>
    public required AlertState State { get; init; }

    /// <summary>Validated target resources; may be empty for Prometheus/Grafana alerts without an <c>azure_resource_id</c> label.</summary>
    public required IReadOnlyList<AzureResourceId> TargetResourceIds { get; init; }

    /// <summary>When the condition started (Azure <c>firedDateTime</c>, <c>startsAt</c>, Event Grid <c>eventTime</c>), UTC.</summary>
    public required DateTimeOffset FiredAt { get; init; }

    /// <summary>When the condition cleared, for resolved alerts that carry the time.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>
    /// Dimensions and labels: Azure metric/log dimensions (e.g. <c>QueueName</c>), activity log context fields,
    /// Prometheus/Grafana labels, Event Grid <c>subject</c> and <c>eventType</c>.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    /// <summary>Azure <c>customProperties</c>, Prometheus/Grafana annotations, or Event Grid <c>data</c> scalar fields.</summary>
    public required IReadOnlyDictionary<string, string> CustomProperties { get; init; }

    /// <summary>Human description: Azure <c>description</c>, the <c>summary</c> annotation, or a sentence built from the event.</summary>
    public required string Description { get; init; }

    /// <summary>Lower-case hex SHA-256 of the raw request body bytes, linking the alert to the stored body.</summary>
    public required string BodySha256 { get; init; }
}
