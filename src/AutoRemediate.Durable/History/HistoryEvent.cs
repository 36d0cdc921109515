using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.History;

/// <summary>One event in an orchestration instance's history; the history is the instance's source of truth.</summary>
/// <remarks>
/// <para>
/// Replay re-runs the orchestrator code against these events in order: each action the code takes gets the next
/// <see cref="EventId"/> and must meet the <see cref="TaskScheduledEvent"/> or <see cref="TimerCreatedEvent"/>
/// recorded with that id; completions point back at it through their <c>ScheduledId</c>. Events that do not
/// correspond to an action carry <see cref="EventId"/> -1.
/// </para>
/// <para>
/// WARNING: the JSON form is stored. The discriminator (<c>$type</c>, the <see cref="History.EventType"/> member
/// name) and every property name are part of the stored format: renaming a record property or an
/// <see cref="History.EventType"/> member breaks every stored history.
/// </para>
/// </remarks>
/// <param name="EventId">The action id for scheduling events; -1 otherwise.</param>
/// <param name="Timestamp">When the event was produced (engine clock).</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OrchestratorStartedEvent), nameof(EventType.OrchestratorStarted))]
[JsonDerivedType(typeof(ExecutionStartedEvent), nameof(EventType.ExecutionStarted))]
[JsonDerivedType(typeof(TaskScheduledEvent), nameof(EventType.TaskScheduled))]
[JsonDerivedType(typeof(TaskCompletedEvent), nameof(EventType.TaskCompleted))]
[JsonDerivedType(typeof(TaskFailedEvent), nameof(EventType.TaskFailed))]
[JsonDerivedType(typeof(TimerCreatedEvent), nameof(EventType.TimerCreated))]
[JsonDerivedType(typeof(TimerFiredEvent), nameof(EventType.TimerFired))]
[JsonDerivedType(typeof(EventRaisedEvent), nameof(EventType.EventRaised))]
[JsonDerivedType(typeof(ExecutionCompletedEvent), nameof(EventType.ExecutionCompleted))]
[JsonDerivedType(typeof(ExecutionFailedEvent), nameof(EventType.ExecutionFailed))]
[JsonDerivedType(typeof(ExecutionTerminatedEvent), nameof(EventType.ExecutionTerminated))]
public abstract record HistoryEvent(int EventId, DateTimeOffset Timestamp)
{
    /// <summary>The event id of events that are not themselves scheduled actions.</summary>
    public const int NoEventId = -1;

    /// <summary>The kind of event (derived from the record type; not stored as a property).</summary>
    [JsonIgnore]
    public abstract EventType EventType { get; }
}
