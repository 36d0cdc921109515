using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.History;

/// <summary>The instance started running orchestrator <see cref="Name"/> with the JSON <see cref="Input"/>.</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record ExecutionStartedEvent(DateTimeOffset Timestamp, string Name, string? Input) : HistoryEvent(NoEventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionStarted;
}
