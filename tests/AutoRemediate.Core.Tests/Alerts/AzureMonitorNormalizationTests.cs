using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Tests.Alerts;

public sealed class AzureMonitorNormalizationTests
{
    private const string CheckoutSite = "/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-checkout-prod/providers/microsoft.web/sites/checkout-api-prod";

    [Fact]
    public void Metric_alert_sample_normalises_every_field()
    {
        var alert = Samples.Single("azure-monitor-metric-appservice-5xx-fired.json");

        Assert.Equal(AlertSource.AzureMonitor, alert.Source);
        Assert.Equal("/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.AlertsManagement/alerts/6b5c2a43-0f4e-4a7c-9d1e-2f3a4b5c6d7e", alert.Identity);
        Assert.Equal("checkout-api-http5xx", alert.RuleName);
        Assert.Equal(1, alert.Severity);
        Assert.Equal(SignalType.Metric, alert.SignalType);
        Assert.Equal(AlertState.Fired, alert.State);
        var target = Assert.Single(alert.TargetResourceIds);
        Assert.Equal(CheckoutSite, target.Normalized);
        Assert.Equal("microsoft.web/sites", target.ResourceType);
        Assert.Equal("checkout-api-prod", target.Name);
        Assert.Equal("rg-checkout-prod", target.ResourceGroup);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 3, 12, 45, TimeSpan.Zero).AddTicks(1234567), alert.FiredAt);
        Assert.Null(alert.ResolvedAt);
        Assert.Empty(alert.Labels);
        Assert.Equal("checkout", alert.CustomProperties["service"]);
        Assert.Equal("prod", alert.CustomProperties["environment"]);
        Assert.Equal("HTTP 5xx rate above threshold on checkout-api-prod", alert.Description);
        Assert.Equal(Samples.Sha256("azure-monitor-metric-appservice-5xx-fired.json"), alert.BodySha256);
    }

    [Fact]
    public void Resolved_notification_carries_state_and_resolution_time()
    {
        var alert = Samples.Single("azure-monitor-metric-appservice-5xx-resolved.json");

        Assert.Equal(AlertState.Resolved, alert.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 3, 31, 2, TimeSpan.Zero).AddTicks(7654321), alert.ResolvedAt);
    }

    [Fact]
    public void Fired_and_resolved_notifications_share_identity_and_remediation_instance()
    {
        var fired = Samples.Single("azure-monitor-metric-appservice-5xx-fired.json");
        var resolved = Samples.Single("azure-monitor-metric-appservice-5xx-resolved.json");

        Assert.Equal(fired.Identity, resolved.Identity);
        Assert.Equal(RemediationInstanceId.From(fired), RemediationInstanceId.From(resolved));
        Assert.NotEqual(fired.BodySha256, resolved.BodySha256);
    }

    [Fact]
    public void Vmss_metric_alert_targets_the_scale_set()
    {
        var alert = Samples.Single("azure-monitor-metric-vmss-cpu-fired.json");

        Assert.Equal("orders-workers-cpu-high", alert.RuleName);
        Assert.Equal(2, alert.Severity);
        Assert.Equal("microsoft.compute/virtualmachinescalesets", Assert.Single(alert.TargetResourceIds).ResourceType);
        Assert.Equal("vmss-orders-workers", alert.TargetResourceIds[0].Name);
    }

    [Fact]
    public void Log_search_alert_exposes_dimensions_as_labels()
    {
        var alert = Samples.Single("azure-monitor-log-queue-poison-fired.json");

        Assert.Equal(SignalType.Log, alert.SignalType);
        Assert.Equal("orders-poison", alert.Labels["QueueName"]);
        Assert.Equal("orders", alert.CustomProperties["queue"]);
        Assert.Equal("microsoft.storage/storageaccounts", Assert.Single(alert.TargetResourceIds).ResourceType);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 14, 2, 11, 555, TimeSpan.Zero), alert.FiredAt);
    }

    [Fact]
    public void Resource_health_alert_is_signal_ResourceHealth_with_health_labels()
    {
        var alert = Samples.Single("azure-monitor-activitylog-resourcehealth-vm-fired.json");

        Assert.Equal(SignalType.ResourceHealth, alert.SignalType);
        Assert.Equal("vm-resource-health-unavailable", alert.RuleName);
        Assert.Equal("Unavailable", alert.Labels["currentHealthStatus"]);
        Assert.Equal("ResourceHealth", alert.Labels["eventSource"]);
        Assert.Equal("Microsoft.Resourcehealth/healthevent/Activated/action", alert.Labels["operationName"]);
        Assert.Empty(alert.CustomProperties);
        Assert.Equal("microsoft.compute/virtualmachines", Assert.Single(alert.TargetResourceIds).ResourceType);
    }

    [Fact]
    public void Activity_log_alert_from_other_services_is_signal_ActivityLog()
    {
        var json = Samples.Json("azure-monitor-activitylog-resourcehealth-vm-fired.json");
        json["data"]!["essentials"]!["monitoringService"] = "Activity Log - Administrative";

        var alert = Assert.Single(Samples.Accepted(Samples.Normalize(json)).Alerts);

        Assert.Equal(SignalType.ActivityLog, alert.SignalType);
    }

    [Fact]
    public void Target_ids_keep_the_original_spelling_next_to_the_normalised_one()
    {
        var json = Samples.Json("azure-monitor-metric-appservice-5xx-fired.json");
        json["data"]!["essentials"]!["alertTargetIDs"]![0] = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/RG-Checkout-Prod/providers/Microsoft.Web/sites/Checkout-API-Prod";

        var target = Assert.Single(Assert.Single(Samples.Accepted(Samples.Normalize(json)).Alerts).TargetResourceIds);

        Assert.Equal(CheckoutSite, target.Normalized);
        Assert.Equal("Checkout-API-Prod", target.Name);
        Assert.StartsWith("/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/RG-Checkout-Prod", target.Original, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_severity_is_rejected_with_the_allowed_values()
    {
        var json = Samples.Json("azure-monitor-metric-appservice-5xx-fired.json");
        json["data"]!["essentials"]!["severity"] = "Sev9";

        var rejected = Samples.Rejected(Samples.Normalize(json));

        Assert.Equal("data.essentials.severity 'Sev9' is not one of Sev0, Sev1, Sev2, Sev3, Sev4", rejected.Reason);
        Assert.Equal("/data/essentials/severity", rejected.Pointer);
    }
}
