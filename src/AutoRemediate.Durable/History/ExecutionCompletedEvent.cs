using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.History;

/// <summary>The orchestrator returned the JSON <see cref="Result"/>; the instance is Completed.</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record ExecutionCompletedEvent(DateTimeOffset Timestamp, string? Result) : HistoryEvent(NoEventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionCompleted;
}
