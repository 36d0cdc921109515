using System.Text.Json.Serialization;
using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.History;

/// <summary>The orchestrator threw, or its code no longer matched its history; the instance is Failed.</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record ExecutionFailedEvent(DateTimeOffset Timestamp, FailureDetails FailureDetails) : HistoryEvent(NoEventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionFailed;
}
