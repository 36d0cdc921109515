using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.History;

/// <summary>The orchestrator created a durable timer due at <see cref="FireAt"/> as action <see cref="HistoryEvent.EventId"/>.</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record TimerCreatedEvent(int EventId, DateTimeOffset Timestamp, DateTimeOffset FireAt) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.TimerCreated;
}
