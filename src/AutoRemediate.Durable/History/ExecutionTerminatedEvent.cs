using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.History;

/// <summary>A client terminated the instance with <see cref="Reason"/>; the instance is Terminated.</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record ExecutionTerminatedEvent(DateTimeOffset Timestamp, string? Reason) : HistoryEvent(NoEventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionTerminated;
}
