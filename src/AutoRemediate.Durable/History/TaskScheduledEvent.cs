using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.History;

/// <summary>The orchestrator scheduled activity <see cref="Name"/> with the JSON <see cref="Input"/> as action <see cref="HistoryEvent.EventId"/>.</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record TaskScheduledEvent(int EventId, DateTimeOffset Timestamp, string Name, string? Input) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.TaskScheduled;
}
