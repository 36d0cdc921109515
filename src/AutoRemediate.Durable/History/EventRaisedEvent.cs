using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.History;

/// <summary>The external event <see cref="Name"/> arrived with the JSON payload <see cref="Input"/>.</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record EventRaisedEvent(DateTimeOffset Timestamp, string Name, string? Input) : HistoryEvent(NoEventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.EventRaised;
}
