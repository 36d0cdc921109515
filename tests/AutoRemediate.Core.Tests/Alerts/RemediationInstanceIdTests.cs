using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Tests.Alerts;

public sealed class RemediationInstanceIdTests
{
    [Fact]
    public void Id_is_deterministic_storage_safe_and_prefixed_by_source()
    {
        var id = RemediationInstanceId.From(AlertSource.AzureMonitor, "/subscriptions/x/providers/Microsoft.AlertsManagement/alerts/1");

        Assert.Matches("^am-[0-9a-f]{32}$", id.Value);
        Assert.Equal(id, RemediationInstanceId.From(AlertSource.AzureMonitor, "/subscriptions/x/providers/Microsoft.AlertsManagement/alerts/1"));
    }

    [Fact]
    public void Azure_monitor_identity_is_case_insensitive()
    {
        Assert.Equal(
            RemediationInstanceId.From(AlertSource.AzureMonitor, "/SUBSCRIPTIONS/X/alerts/1"),
            RemediationInstanceId.From(AlertSource.AzureMonitor, "/subscriptions/x/alerts/1"));
    }

    [Fact]
    public void Same_identity_from_different_sources_maps_to_different_ids()
    {
        Assert.NotEqual(
            RemediationInstanceId.From(AlertSource.Alertmanager, "abc").Value[3..],
            RemediationInstanceId.From(AlertSource.Grafana, "abc").Value[3..]);
    }

    [Fact]
    public void Redelivered_webhook_maps_to_the_same_remediation()
    {
        var first = Samples.Single("azure-monitor-log-queue-poison-fired.json");
        var again = Samples.Single("azure-monitor-log-queue-poison-fired.json");

        Assert.Equal(RemediationInstanceId.From(first), RemediationInstanceId.From(again));
    }
}
