using System.Text.Json.Nodes;
using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Tests.Alerts;

public sealed class EventGridNormalizationTests
{
    [Fact]
    public void Key_vault_near_expiry_event_becomes_an_event_alert_on_the_vault()
    {
        var alert = Samples.Single("eventgrid-keyvault-certificate-near-expiry.json");

        Assert.Equal(AlertSource.EventGrid, alert.Source);
        Assert.Equal("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", alert.Identity);
        Assert.Equal("Microsoft.KeyVault.CertificateNearExpiry", alert.RuleName);
        Assert.Equal(SignalType.Event, alert.SignalType);
        Assert.Equal(AlertState.Fired, alert.State);
        Assert.Equal(2, alert.Severity);
        Assert.Equal("microsoft.keyvault/vaults", Assert.Single(alert.TargetResourceIds).ResourceType);
        Assert.Equal("checkout-api-tls", alert.Labels["subject"]);
        Assert.Equal("checkout-api-tls", alert.CustomProperties["ObjectName"]);
        Assert.Equal("1766217600", alert.CustomProperties["EXP"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 8, 0, 0, TimeSpan.Zero), alert.FiredAt);
        Assert.Equal("Microsoft.KeyVault.CertificateNearExpiry for 'checkout-api-tls' in kv-shared-prod", alert.Description);
        Assert.Matches("^eg-[0-9a-f]{32}$", RemediationInstanceId.From(alert).Value);
    }

    [Fact]
    public void Subscription_validation_returns_the_handshake_with_the_code()
    {
        var handshake = Assert.IsType<EventGridValidationRequested>(Samples.Normalize("eventgrid-subscription-validation.json"));

        Assert.Equal("512d38b6-c7b8-40c8-89fe-f46f9e9622b6", handshake.ValidationCode);
        Assert.StartsWith("https://rp-westeurope.eventgrid.azure.net/", handshake.ValidationUrl, StringComparison.Ordinal);
        Assert.Equal("{\"validationResponse\":\"512d38b6-c7b8-40c8-89fe-f46f9e9622b6\"}", handshake.ToResponseJson());
    }

    [Fact]
    public void Validation_event_mixed_with_other_events_is_rejected()
    {
        var events = Samples.Json("eventgrid-subscription-validation.json").AsArray();
        events.Add(Samples.Json("eventgrid-keyvault-certificate-near-expiry.json")[0]!.DeepClone());

        var rejected = Samples.Rejected(Samples.Normalize(events));

        Assert.Equal("a subscription validation event must be delivered alone, but the array has 2 events", rejected.Reason);
    }

    [Fact]
    public void Batch_of_events_yields_one_alert_per_event()
    {
        var events = Samples.Json("eventgrid-keyvault-certificate-near-expiry.json").AsArray();
        var second = events[0]!.DeepClone();
        second["id"] = "second-event";
        events.Add(second);

        var alerts = Samples.Accepted(Samples.Normalize(events)).Alerts;

        Assert.Equal(["9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "second-event"], alerts.Select(a => a.Identity));
    }

    [Fact]
    public void Event_without_a_data_version_is_rejected_at_the_event()
    {
        var events = Samples.Json("eventgrid-keyvault-certificate-near-expiry.json");
        events[0]!.AsObject().Remove("dataVersion");

        var rejected = Samples.Rejected(Samples.Normalize(events));

        Assert.Equal("[0].dataVersion is missing", rejected.Reason);
        Assert.Equal("/0/dataVersion", rejected.Pointer);
    }

    [Fact]
    public void Event_without_an_event_time_is_rejected_rather_than_dated_year_one()
    {
        var events = Samples.Json("eventgrid-keyvault-certificate-near-expiry.json");
        events[0]!.AsObject().Remove("eventTime");

        Assert.Equal("[0].eventTime is missing", Samples.Rejected(Samples.Normalize(events)).Reason);
    }

    [Fact]
    public void Validation_event_without_a_code_is_rejected()
    {
        var events = Samples.Json("eventgrid-subscription-validation.json");
        events[0]!["data"]!.AsObject().Remove("validationCode");

        var rejected = Samples.Rejected(Samples.Normalize(events));

        Assert.Equal("[0].data.validationCode is missing", rejected.Reason);
        Assert.Equal("/0/data/validationCode", rejected.Pointer);
    }

    [Fact]
    public void Event_with_a_topic_that_is_not_a_resource_id_is_rejected_at_the_topic()
    {
        var events = Samples.Json("eventgrid-keyvault-certificate-near-expiry.json");
        events[0]!["topic"] = "/subscriptions/xyz";

        var rejected = Samples.Rejected(Samples.Normalize(events));

        Assert.Equal("[0].topic: '/subscriptions/xyz' is not an Azure resource id: 'xyz' is not a subscription id (a GUID)", rejected.Reason);
        Assert.Equal("/0/topic", rejected.Pointer);
    }

    [Fact]
    public void Expired_events_rank_above_near_expiry()
    {
        var events = Samples.Json("eventgrid-keyvault-certificate-near-expiry.json");
        events[0]!["eventType"] = "Microsoft.KeyVault.CertificateExpired";

        Assert.Equal(1, Assert.Single(Samples.Accepted(Samples.Normalize(events)).Alerts).Severity);
    }

    [Fact]
    public void Array_of_non_events_is_an_unknown_payload()
    {
        var rejected = Samples.Rejected(Samples.Normalize(new JsonArray(new JsonObject { ["hello"] = "world" })));

        Assert.StartsWith("unknown payload: none of Azure Monitor common alert schema, Event Grid, Alertmanager v4, Grafana", rejected.Reason, StringComparison.Ordinal);
    }
}
