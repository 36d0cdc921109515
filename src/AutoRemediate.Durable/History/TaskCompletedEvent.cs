using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.History;

/// <summary>The activity scheduled as <see cref="ScheduledId"/> returned the JSON <see cref="Result"/>.</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record TaskCompletedEvent(DateTimeOffset Timestamp, int ScheduledId, string? Result) : HistoryEvent(NoEventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.TaskCompleted;
}
