using Azure.Messaging.EventGrid;
using Azure.Messaging.EventGrid.SystemEvents;

namespace AutoRemediate.Core.Alerts;

/// <summary>
/// Event Grid event schema: an array of events read with <see cref="EventGridEvent.Parse(BinaryData)"/>, or a
/// subscription validation handshake (<see cref="SubscriptionValidationEventData"/>).
/// </summary>
public sealed partial class AlertNormalizer
{
    private static AlertNormalizationResult ReadEventGrid(IReadOnlyList<PayloadElement> events, string sha)
    {
        var parsed = events.Select(item => (Item: item, Event: ParseEnvelope(item, "Event Grid event", EventGridEvent.Parse))).ToArray();
        var validation = parsed.FirstOrDefault(e => e.Event.EventType == SystemEventNames.EventGridSubscriptionValidation);
        if (validation.Event is not null)
        {
            if (events.Count > 1)
            {
                throw new AlertPayloadException($"a subscription validation event must be delivered alone, but the array has {events.Count} events");
            }

            var data = validation.Item.RequiredObject("data");
            var handshake = validation.Event.TryGetSystemEventData(out var systemData) ? systemData as SubscriptionValidationEventData : null;
            return new EventGridValidationRequested(
                Limited(data, "validationCode", handshake?.ValidationCode, AlertLimits.MaxIdentityLength),
                handshake?.ValidationUrl is { } url ? Limited(data, "validationUrl", url, AlertLimits.MaxDescriptionLength) : null,
                sha);
        }

        return new AlertsAccepted(parsed.Select(e => ReadEventGridEvent(e.Item, e.Event, sha)).ToArray(), sha);
    }

    private static Alert ReadEventGridEvent(PayloadElement item, EventGridEvent parsed, string sha) =>
        EventAlert(item, sha, new EventEnvelope(
            Id: Limited(item, "id", parsed.Id, AlertLimits.MaxIdentityLength),
            Type: Limited(item, "eventType", parsed.EventType, AlertLimits.MaxNameLength),
            Resource: item.Required("topic"),
            Subject: parsed.Subject,
            // The SDK reads a missing eventTime as 0001-01-01; Event Grid always sends it, so its absence is an error.
            Time: item.RequiredTimestamp("eventTime")));
}
