using Azure.Messaging;

namespace AutoRemediate.Core.Alerts;

/// <summary>
/// CloudEvents 1.0 JSON format, as an Event Grid subscription delivers it when set to the CloudEvents schema: one
/// structured event (<c>application/cloudevents+json</c>) or a batch (<c>application/cloudevents-batch+json</c>),
/// each read with <see cref="CloudEvent.Parse(BinaryData, bool)"/>.
/// </summary>
/// <remarks>
/// Event Grid maps its schema onto CloudEvents one to one (id→id, topic→source, eventType→type, subject→subject,
/// eventTime→time, data→data), so an event yields the same <see cref="Alert"/> — and the same remediation instance
/// id — whichever schema the subscription uses. The CloudEvents webhook validation handshake is an HTTP OPTIONS
/// request and never reaches the normaliser.
/// </remarks>
public sealed partial class AlertNormalizer
{
    private const string SpecVersionProperty = "specversion";

    private static AlertsAccepted ReadCloudEvents(IReadOnlyList<PayloadElement> events, string sha) =>
        new(events.Select(item => ReadCloudEvent(item, ParseEnvelope(item, "CloudEvent", json => CloudEvent.Parse(json)!), sha)).ToArray(), sha);

    private static Alert ReadCloudEvent(PayloadElement item, CloudEvent parsed, string sha) =>
        EventAlert(item, sha, new EventEnvelope(
            Id: Limited(item, "id", parsed.Id, AlertLimits.MaxIdentityLength),
            Type: Limited(item, "type", parsed.Type, AlertLimits.MaxNameLength),
            Resource: item.Required("source"),
            Subject: parsed.Subject,
            // Optional in CloudEvents (the SDK then reads "now"), but Event Grid always sends it and the alert needs it.
            Time: item.RequiredTimestamp("time")));
}
