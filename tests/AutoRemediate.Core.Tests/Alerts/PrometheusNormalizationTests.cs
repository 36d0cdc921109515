using System.Text.Json.Nodes;
using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Tests.Alerts;

public sealed class PrometheusNormalizationTests
{
    private const string Crashloop = "alertmanager-v4-crashloop-firing.json";

    [Fact]
    public void Alertmanager_crashloop_targets_the_container_app_from_its_label()
    {
        var alert = Samples.Single(Crashloop);

        Assert.Equal(AlertSource.Alertmanager, alert.Source);
        Assert.Equal("a3f5c2e1b4d60789@2026-11-21T22:04:31.1180000Z", alert.Identity);
        Assert.Equal("KubePodCrashLooping", alert.RuleName);
        Assert.Equal(0, alert.Severity);
        Assert.Equal(SignalType.Metric, alert.SignalType);
        Assert.Equal(AlertState.Fired, alert.State);
        Assert.Equal("microsoft.app/containerapps", Assert.Single(alert.TargetResourceIds).ResourceType);
        Assert.Equal("payments", alert.Labels["namespace"]);
        Assert.Equal("https://runbooks.example.com/KubePodCrashLooping", alert.CustomProperties["runbook_url"]);
        Assert.Equal("Pod payments-api-7d9f8c6b5-x2k4q is crash looping", alert.Description);
        Assert.Null(alert.ResolvedAt);
        Assert.Matches("^pm-[0-9a-f]{32}$", RemediationInstanceId.From(alert).Value);
    }

    [Fact]
    public void Alertmanager_group_is_split_into_one_alert_per_member()
    {
        var group = Samples.Json(Crashloop);
        var second = group["alerts"]![0]!.DeepClone();
        second["fingerprint"] = "b000000000000001";
        second["labels"]!["pod"] = "payments-api-7d9f8c6b5-zzzzz";
        group["alerts"]!.AsArray().Add(second);

        var alerts = Samples.Accepted(Samples.Normalize(group)).Alerts;

        Assert.Equal(2, alerts.Count);
        Assert.Equal(["payments-api-7d9f8c6b5-x2k4q", "payments-api-7d9f8c6b5-zzzzz"], alerts.Select(a => a.Labels["pod"]));
        Assert.NotEqual(RemediationInstanceId.From(alerts[0]), RemediationInstanceId.From(alerts[1]));
        Assert.All(alerts, a => Assert.Equal(alerts[0].BodySha256, a.BodySha256));
    }

    [Fact]
    public void Resolved_alert_keeps_the_identity_of_its_firing()
    {
        var resolved = Samples.Json(Crashloop);
        resolved["alerts"]![0]!["status"] = "resolved";
        resolved["alerts"]![0]!["endsAt"] = "2026-11-21T22:30:00Z";

        var alert = Assert.Single(Samples.Accepted(Samples.Normalize(resolved)).Alerts);

        Assert.Equal(AlertState.Resolved, alert.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 22, 30, 0, TimeSpan.Zero), alert.ResolvedAt);
        Assert.Equal(RemediationInstanceId.From(Samples.Single(Crashloop)), RemediationInstanceId.From(alert));
    }

    [Fact]
    public void A_new_firing_of_the_same_series_is_a_new_remediation()
    {
        var refired = Samples.Json(Crashloop);
        refired["alerts"]![0]!["startsAt"] = "2026-11-22T01:00:00Z";

        var alert = Assert.Single(Samples.Accepted(Samples.Normalize(refired)).Alerts);

        Assert.NotEqual(RemediationInstanceId.From(Samples.Single(Crashloop)), RemediationInstanceId.From(alert));
    }

    [Fact]
    public void Alertmanager_version_other_than_4_is_rejected()
    {
        var old = Samples.Json(Crashloop);
        old["version"] = "3";

        var rejected = Samples.Rejected(Samples.Normalize(old));

        Assert.Equal("Alertmanager webhook version '3' is not supported; expected '4'", rejected.Reason);
        Assert.Equal("/version", rejected.Pointer);
    }

    [Fact]
    public void Label_values_must_be_strings()
    {
        var json = Samples.Json(Crashloop);
        json["alerts"]![0]!["labels"]!["pod"] = new JsonArray();

        var rejected = Samples.Rejected(Samples.Normalize(json));

        Assert.Equal("alerts[0].labels.pod must be a string, got an array", rejected.Reason);
        Assert.Equal("/alerts/0/labels/pod", rejected.Pointer);
    }

    [Fact]
    public void Missing_alertname_is_rejected()
    {
        var json = Samples.Json(Crashloop);
        json["alerts"]![0]!["labels"]!.AsObject().Remove("alertname");

        Assert.Equal("alerts[0].labels.alertname is missing", Samples.Rejected(Samples.Normalize(json)).Reason);
    }

    [Theory]
    [InlineData("critical", 0)]
    [InlineData("high", 1)]
    [InlineData("error", 1)]
    [InlineData("warning", 2)]
    [InlineData("info", 3)]
    [InlineData("none", 4)]
    [InlineData("Sev2", 2)]
    [InlineData("shrug", SeverityScale.Unknown)]
    public void Severity_label_maps_onto_the_azure_scale(string label, int expected)
    {
        var json = Samples.Json(Crashloop);
        json["alerts"]![0]!["labels"]!["severity"] = label;

        Assert.Equal(expected, Assert.Single(Samples.Accepted(Samples.Normalize(json)).Alerts).Severity);
    }

    [Fact]
    public void Grafana_latency_alert_is_recognised_by_content_and_keeps_labels()
    {
        var alert = Samples.Single("grafana-unified-latency-firing.json");

        Assert.Equal(AlertSource.Grafana, alert.Source);
        Assert.Equal("5e0b3a9c7d1f2468@2026-11-21T10:15:00.0000000Z", alert.Identity);
        Assert.Equal("High request latency", alert.RuleName);
        Assert.Equal(SeverityScale.Unknown, alert.Severity);
        Assert.Equal("checkout", alert.Labels["service"]);
        Assert.Equal("Checkout", alert.Labels["grafana_folder"]);
        Assert.Equal("p95 latency above 2s", alert.Description);
        Assert.Equal("checkout-api-prod", Assert.Single(alert.TargetResourceIds).Name);
        Assert.Matches("^gf-[0-9a-f]{32}$", RemediationInstanceId.From(alert).Value);
    }
}
