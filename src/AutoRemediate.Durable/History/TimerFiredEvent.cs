using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.History;

/// <summary>The timer created as <see cref="ScheduledId"/> became due (recorded by the first turn at or after <see cref="FireAt"/>).</summary>
/// <remarks>WARNING: stored as JSON; property names are part of the history format.</remarks>
public sealed record TimerFiredEvent(DateTimeOffset Timestamp, int ScheduledId, DateTimeOffset FireAt) : HistoryEvent(NoEventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.TimerFired;
}
