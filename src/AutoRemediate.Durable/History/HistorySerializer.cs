using System.Text.Json;
using AutoRemediate.Durable.Serialization;
using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.History;

/// <summary>Converts history events to and from the opaque <see cref="StoredEvent.Payload"/> text.</summary>
internal static class HistorySerializer
{
    public static string Serialize(HistoryEvent historyEvent) =>
        JsonSerializer.Serialize(historyEvent, DurableJson.Options);

    public static HistoryEvent Deserialize(string payload) =>
        JsonSerializer.Deserialize<HistoryEvent>(payload, DurableJson.Options)
        ?? throw new JsonException("A stored history event was the JSON literal null.");

    public static IReadOnlyList<HistoryEvent> Deserialize(IReadOnlyList<StoredEvent> stored)
    {
        var events = new HistoryEvent[stored.Count];
        for (var i = 0; i < stored.Count; i++)
        {
            events[i] = Deserialize(stored[i].Payload);
        }

        return events;
    }
}
