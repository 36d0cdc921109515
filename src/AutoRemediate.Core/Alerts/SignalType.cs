namespace AutoRemediate.Core.Alerts;

/// <summary>What kind of signal raised the alert; bindings can match on it.</summary>
public enum SignalType
{
    /// <summary>A metric threshold (Azure metric alerts, Prometheus and Grafana rules).</summary>
    Metric,

    /// <summary>A log search query (Azure Log Alerts V2).</summary>
    Log,

    /// <summary>An Azure activity log event other than Resource Health or Service Health.</summary>
    ActivityLog,

    /// <summary>An Azure Resource Health event (activity log alert with monitoring service "Resource Health").</summary>
    ResourceHealth,

    /// <summary>An Azure Service Health event (activity log alert with monitoring service "ServiceHealth").</summary>
    ServiceHealth,

    /// <summary>A discrete event, e.g. an Event Grid event from Key Vault.</summary>
    Event,
}
