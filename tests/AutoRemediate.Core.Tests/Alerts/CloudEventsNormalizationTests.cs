using System.Text.Json.Nodes;
using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Tests.Alerts;

public sealed class CloudEventsNormalizationTests
{
    private const string EventGridSample = "eventgrid-keyvault-certificate-near-expiry.json";
    private const string Single = "cloudevents-keyvault-certificate-near-expiry.json";
    private const string Batch = "cloudevents-batch-keyvault-certificates-near-expiry.json";

    [Fact]
    public void Structured_cloud_event_becomes_the_same_alert_as_the_event_grid_schema_delivery()
    {
        var viaEventGrid = Samples.Single(EventGridSample);

        var viaCloudEvents = Samples.Single(Single);

        Assert.Equal(viaEventGrid with { BodySha256 = viaCloudEvents.BodySha256, Labels = viaCloudEvents.Labels, CustomProperties = viaCloudEvents.CustomProperties, TargetResourceIds = viaCloudEvents.TargetResourceIds }, viaCloudEvents);
        Assert.Equal(viaEventGrid.Labels, viaCloudEvents.Labels);
        Assert.Equal(viaEventGrid.CustomProperties, viaCloudEvents.CustomProperties);
        Assert.Equal(viaEventGrid.TargetResourceIds, viaCloudEvents.TargetResourceIds);
        Assert.Equal(RemediationInstanceId.From(viaEventGrid), RemediationInstanceId.From(viaCloudEvents));
    }

    [Fact]
    public void Batch_yields_one_alert_per_event_in_order()
    {
        var alerts = Samples.Accepted(Samples.Normalize(Batch)).Alerts;

        Assert.Equal(["9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"], alerts.Select(a => a.Identity));
        Assert.Equal(["checkout-api-tls", "payments-api-tls"], alerts.Select(a => a.CustomProperties["ObjectName"]));
        Assert.All(alerts, a => Assert.Equal(AlertSource.EventGrid, a.Source));
    }

    [Fact]
    public void Unknown_event_type_is_accepted_as_an_informational_event_like_the_event_grid_schema()
    {
        var cloudEvent = Samples.Json(Single);
        cloudEvent["type"] = "Contoso.Inventory.ItemRestocked";
        var eventGrid = Samples.Json(EventGridSample);
        eventGrid[0]!["eventType"] = "Contoso.Inventory.ItemRestocked";

        var viaCloudEvents = Samples.Accepted(Samples.Normalize(cloudEvent)).Alerts.Single();
        var viaEventGrid = Samples.Accepted(Samples.Normalize(eventGrid)).Alerts.Single();

        Assert.Equal(SeverityScale.Unknown, viaCloudEvents.Severity);
        Assert.Equal((viaEventGrid.RuleName, viaEventGrid.Severity, viaEventGrid.Description), (viaCloudEvents.RuleName, viaCloudEvents.Severity, viaCloudEvents.Description));
    }

    [Theory]
    [InlineData("type", "the body is not a valid CloudEvent: The type property must be specified in each CloudEvent.", null)]
    [InlineData("id", "the body is not a valid CloudEvent: The Id property must be specified in each CloudEvent.", null)]
    [InlineData("time", "time is missing", "/time")]
    public void Cloud_event_without_a_required_attribute_is_rejected(string attribute, string reason, string? pointer)
    {
        var cloudEvent = Samples.Json(Single);
        cloudEvent.AsObject().Remove(attribute);

        var rejected = Samples.Rejected(Samples.Normalize(cloudEvent));

        Assert.Equal(reason, rejected.Reason);
        Assert.Equal(pointer, rejected.Pointer);
    }

    [Fact]
    public void Other_spec_version_is_rejected_at_the_event()
    {
        var batch = Samples.Json(Batch);
        batch[1]!["specversion"] = "0.3";

        var rejected = Samples.Rejected(Samples.Normalize(batch));

        Assert.StartsWith("[1] is not a valid CloudEvent: The specverion value of '0.3' is not supported", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("/1", rejected.Pointer);
    }

    [Fact]
    public void Event_grid_event_inside_a_cloud_events_batch_is_rejected()
    {
        var batch = Samples.Json(Batch);
        batch[1] = Samples.Json(EventGridSample)[0]!.DeepClone();

        var rejected = Samples.Rejected(Samples.Normalize(batch));

        Assert.StartsWith("[1] is not a valid CloudEvent: Invalid character in extension attribute name", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("/1", rejected.Pointer);
    }

    [Fact]
    public void Source_that_is_not_a_resource_id_is_rejected_at_the_source()
    {
        var cloudEvent = Samples.Json(Single);
        cloudEvent["source"] = "urn:contoso:inventory";

        var rejected = Samples.Rejected(Samples.Normalize(cloudEvent));

        Assert.StartsWith("source: 'urn:contoso:inventory' is not an Azure resource id", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("/source", rejected.Pointer);
    }

    [Theory]
    [InlineData("id", 1025, "id is 1,025 characters long; the limit is 1,024")]
    [InlineData("subject", 8193, "subject is 8,193 characters long; the limit is 8,192")]
    public void Oversized_attribute_is_rejected_with_its_limit(string attribute, int length, string reason)
    {
        var cloudEvent = Samples.Json(Single);
        cloudEvent[attribute] = new string('x', length);

        var rejected = Samples.Rejected(Samples.Normalize(cloudEvent));

        Assert.Equal(reason, rejected.Reason);
        Assert.Equal($"/{attribute}", rejected.Pointer);
    }

    [Fact]
    public void Attribute_of_the_wrong_type_is_rejected_not_thrown()
    {
        var cloudEvent = Samples.Json(Single);
        cloudEvent["id"] = 42;

        var rejected = Samples.Rejected(Samples.Normalize(cloudEvent));

        Assert.StartsWith("the body is not a valid CloudEvent: ", rejected.Reason, StringComparison.Ordinal);
    }
}
