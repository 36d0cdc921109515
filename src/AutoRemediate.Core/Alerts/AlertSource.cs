namespace AutoRemediate.Core.Alerts;

/// <summary>The monitoring system that sent an alert, detected from the payload's content.</summary>
public enum AlertSource
{
    /// <summary>Azure Monitor action group webhook using the common alert schema.</summary>
    AzureMonitor,

    /// <summary>Azure Event Grid delivery, in the Event Grid event schema or the CloudEvents 1.0 schema.</summary>
    EventGrid,

    /// <summary>Prometheus Alertmanager webhook, payload version 4.</summary>
    Alertmanager,

    /// <summary>Grafana unified alerting webhook contact point.</summary>
    Grafana,
}
