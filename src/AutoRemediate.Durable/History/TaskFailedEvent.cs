using System.Text.Json.Serialization;
using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.History;

/// <summary>The activity scheduled as <see cref="ScheduledId"/> threw.</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record TaskFailedEvent(DateTimeOffset Timestamp, int ScheduledId, FailureDetails FailureDetails) : HistoryEvent(NoEventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.TaskFailed;
}
