using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.History;

/// <summary>Marks the start of a turn; replay sets the orchestration clock (<c>CurrentUtcDateTime</c>) to its timestamp.</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record OrchestratorStartedEvent(DateTimeOffset Timestamp) : HistoryEvent(NoEventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.OrchestratorStarted;
}
