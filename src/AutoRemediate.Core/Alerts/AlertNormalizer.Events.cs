using System.Collections.Frozen;
using System.Text.Json;

namespace AutoRemediate.Core.Alerts;

/// <summary>
/// What Event Grid and CloudEvents deliveries share: telling the two schemas apart, reading an envelope with the SDK
/// while keeping the complaint at the event, and the alert an event becomes.
/// </summary>
public sealed partial class AlertNormalizer
{
    /// <summary>A JSON array is an Event Grid delivery in either schema; CloudEvents events carry <c>specversion</c>.</summary>
    private static AlertNormalizationResult ReadEvents(PayloadElement root, string sha)
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
                throw item.Error($"must be an Event Grid event or CloudEvent object, got {PayloadElement.Describe(item.Value.ValueKind)}");
            }
        }

        if (events.Any(e => e.Has(SpecVersionProperty)))
        {
            return ReadCloudEvents(events, sha);
        }

        return events.FirstOrDefault(e => !e.Has("eventType")) is { Value.ValueKind: JsonValueKind.Object } unknown
            ? throw new AlertPayloadException($"{UnknownPayload} (array item {unknown.Path} has no eventType or specversion)", unknown.Pointer)
            : ReadEventGrid(events, sha);
    }

    /// <summary>Reads one event's envelope with the SDK; its complaints name the event and never become a 500.</summary>
    private static T ParseEnvelope<T>(PayloadElement item, string schema, Func<BinaryData, T> parse)
    {
        try
        {
            return parse(BinaryData.FromString(item.Value.GetRawText()));
        }
        catch (ArgumentNullException missing) when (missing.ParamName is { Length: > 0 } name)
        {
            throw item.Child(char.ToLowerInvariant(name[0]) + name[1..]).Error("is missing");
        }
        catch (Exception invalid) when (invalid is ArgumentException or FormatException or InvalidOperationException or JsonException)
        {
            var reason = invalid.Message.Split('\n', 2)[0].Trim();
            var cut = reason.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw item.Error($"is not a valid {schema}: {(cut > 0 ? reason[..cut] : reason)}");
        }
    }

    private static string Limited(PayloadElement item, string property, string? value, int maxLength)
    {
        var at = item.Child(property);
        return value switch
        {
            null => throw at.Error("is missing"),
            { Length: 0 } => throw at.Error("is empty"),
            _ when value.Length > maxLength => throw at.Error(PayloadElement.Invariant($"is {value.Length:N0} characters long; the limit is {maxLength:N0}")),
            _ => value,
        };
    }

    private static Alert EventAlert(PayloadElement item, string sha, EventEnvelope envelope)
    {
        var resource = ParseResourceId(envelope.Resource);
        var subject = envelope.Subject ?? string.Empty;
        if (subject.Length > AlertLimits.MaxLabelValueLength)
        {
            throw item.Child("subject").Error(PayloadElement.Invariant($"is {subject.Length:N0} characters long; the limit is {AlertLimits.MaxLabelValueLength:N0}"));
        }

        var data = item.Optional("data") is { Value.ValueKind: JsonValueKind.Object } payload
            ? payload.ScalarMap(skipNested: true)
            : FrozenDictionary<string, string>.Empty;

        // WARNING: bindings match these labels; both schemas must keep producing the same keys.
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["eventType"] = envelope.Type,
            ["subject"] = subject,
        }.ToFrozenDictionary(StringComparer.Ordinal);

        var about = subject.Length > 0 ? $" for '{subject}'" : string.Empty;
        return Build(
            item,
            AlertSource.EventGrid,
            envelope.Id,
            envelope.Type,
            EventSeverity(envelope.Type),
            SignalType.Event,
            AlertState.Fired,
            [resource],
            (envelope.Time, null),
            (labels, data),
            $"{envelope.Type}{about} in {resource.Name}",
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

    /// <summary>The envelope fields an event alert is built from, whichever schema carried them.</summary>
    private readonly record struct EventEnvelope(string Id, string Type, PayloadElement Resource, string? Subject, DateTimeOffset Time);
}
