using System.Collections.Frozen;
using System.Text.Json;

namespace AutoRemediate.Core.Alerts;

/// <summary>Event Grid event schema: an array of events, or a subscription validation handshake.</summary>
public sealed partial class AlertNormalizer
{
    private const string ValidationEventType = "Microsoft.EventGrid.SubscriptionValidationEvent";

    private static AlertNormalizationResult ReadEventGrid(PayloadElement root, string sha)
    {
        var events = root.Items(AlertLimits.MaxAlertsPerPayload);
        if (events.Count == 0)
        {
            throw new AlertPayloadException("empty Event Grid array: a delivery must contain at least one event");
        }

        foreach (var item in events)
        {
            if (item.Value.ValueKind != JsonValueKind.Object)
            {
                throw item.Error($"must be an Event Grid event object, got {PayloadElement.Describe(item.Value.ValueKind)}");
            }

            if (item.Has("specversion") && !item.Has("eventType"))
            {
                throw item.Error("is a CloudEvents 1.0 event; configure the Event Grid subscription to deliver the Event Grid event schema");
            }

            if (!item.Has("eventType"))
            {
                throw new AlertPayloadException($"{UnknownPayload} (array item {item.Path} has no eventType)", item.Pointer);
            }
        }

        var validation = events.FirstOrDefault(e => e.Value.TryGetProperty("eventType", out var type)
            && type.ValueKind == JsonValueKind.String && type.ValueEquals(ValidationEventType));
        if (validation.Value.ValueKind == JsonValueKind.Object)
        {
            if (events.Count > 1)
            {
                throw new AlertPayloadException($"a subscription validation event must be delivered alone, but the array has {events.Count} events");
            }

            var data = validation.RequiredObject("data");
            return new EventGridValidationRequested(
                data.RequiredString("validationCode", AlertLimits.MaxIdentityLength),
                data.OptionalString("validationUrl", AlertLimits.MaxDescriptionLength),
                sha);
        }

        return new AlertsAccepted(events.Select(e => ReadEvent(e, sha)).ToArray(), sha);
    }

    private static Alert ReadEvent(PayloadElement item, string sha)
    {
        var id = item.RequiredString("id", AlertLimits.MaxIdentityLength);
        var eventType = item.RequiredString("eventType", AlertLimits.MaxNameLength);
        var topic = ParseResourceId(item.Required("topic"));
        var subject = item.OptionalString("subject", AlertLimits.MaxLabelValueLength) ?? string.Empty;
        var time = item.RequiredTimestamp("eventTime");
        var data = item.Optional("data") is { Value.ValueKind: JsonValueKind.Object } payload
            ? payload.ScalarMap(skipNested: true)
            : FrozenDictionary<string, string>.Empty;

        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["eventType"] = eventType,
            ["subject"] = subject,
        }.ToFrozenDictionary(StringComparer.Ordinal);

        var about = subject.Length > 0 ? $" for '{subject}'" : string.Empty;
        return Build(
            item,
            AlertSource.EventGrid,
            id,
            eventType,
            EventSeverity(eventType),
            SignalType.Event,
            AlertState.Fired,
            [topic],
            (time, null),
            (labels, data),
            $"{eventType}{about} in {topic.Name}",
            sha);
    }

    /// <summary>
    /// Events carry no severity. Expiry events are ranked by urgency (something already expired is an outage,
    /// near-expiry is a warning); every other event type is informational.
    /// </summary>
    private static int EventSeverity(string eventType) =>
        eventType.EndsWith("Expired", StringComparison.OrdinalIgnoreCase) ? 1
        : eventType.EndsWith("NearExpiry", StringComparison.OrdinalIgnoreCase) ? 2
        : SeverityScale.Unknown;
}
