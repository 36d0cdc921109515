namespace AutoRemediate.Core.Alerts;

/// <summary>Whether the alert condition is active or has cleared.</summary>
public enum AlertState
{
    /// <summary>The condition is active (Azure "Fired", Prometheus/Grafana "firing", every Event Grid event).</summary>
    Fired,

    /// <summary>The condition has cleared (Azure "Resolved", Prometheus/Grafana "resolved").</summary>
    Resolved,
}
