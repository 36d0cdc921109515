using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Serialization;
using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.Replay;

/// <summary>
/// The context of one execution of an orchestrator: hands out event ids, matches the code's actions against
/// recorded history, and completes the code's awaits from history events.
/// </summary>
internal sealed class OrchestrationExecutionContext(string instanceId, string name, string? inputJson) : TaskOrchestrationContext
{
    private readonly SortedDictionary<int, PendingAction> unmatched = [];
    private readonly Dictionary<int, OpenTask> tasks = [];
    private readonly Dictionary<int, OpenTimer> timers = [];
    private readonly HashSet<int> recordedTaskIds = [];
    private readonly HashSet<int> completedTaskIds = [];
    private readonly ExternalEventBuffer events = new();
    private int nextEventId;
    private int guidCounter;
    private DateTimeOffset now;
    private bool replaying;

    public override string InstanceId { get; } = instanceId;

    public override string Name { get; } = name;

    public override DateTime CurrentUtcDateTime => now.UtcDateTime;

    public override bool IsReplaying => replaying;

    /// <summary>The custom status the code set last, as JSON.</summary>
    public string? CustomStatusJson { get; private set; }

    /// <summary>Set when the code and the history disagree; the instance must fail with it.</summary>
    public string? NonDeterminismError { get; private set; }

    /// <summary>Actions the code took that history does not record yet, in event id order.</summary>
    public IReadOnlyCollection<PendingAction> NewActions => unmatched.Values;

    public IEnumerable<OpenTimer> PendingTimers => timers.Values.Where(t => t.IsPending);

    public override T? GetInput<T>() where T : default => DurableJson.Deserialize<T>(inputJson);

    public override Guid NewGuid() =>
        DeterministicGuid.Create(DeterministicGuid.OrchestrationNamespace, $"{InstanceId}_{guidCounter++}");

    public override void SetCustomStatus(object? customStatus) => CustomStatusJson = DurableJson.Serialize(customStatus);

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var utc = fireAt.Kind == DateTimeKind.Local ? fireAt.ToUniversalTime() : DateTime.SpecifyKind(fireAt, DateTimeKind.Utc);
        var timer = new OpenTimer(nextEventId++, new DateTimeOffset(utc));
        timers.Add(timer.Id, timer);
        unmatched.Add(timer.Id, new CreateTimerAction(timer.Id, timer.FireAt));
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (!timer.Fired)
                {
                    timer.Cancelled = true;
                    timer.Completion.TrySetCanceled(cancellationToken);
                }
            });
        }

        return timer.Completion.Task;
    }

    public override async Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var payload = await events.WaitAsync(eventName, cancellationToken);
        return DurableJson.Deserialize<T>(payload)!;
    }

    protected override async Task<TResult> ScheduleActivityAsync<TResult>(string name, object? input)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var inputJson = DurableJson.Serialize(input);
        EnsureFitsInMessage(name, inputJson);
        var task = new OpenTask(nextEventId++, name);
        tasks.Add(task.Id, task);
        unmatched.Add(task.Id, new ScheduleTaskAction(task.Id, name, inputJson));
        var result = await task.Completion.Task;
        return DurableJson.Deserialize<TResult>(result)!;
    }

    public void SetTurn(DateTimeOffset turnStartedAt) => now = turnStartedAt;

    public void SetReplaying(bool value) => replaying = value;

    public bool WasRecorded(int taskId) => recordedTaskIds.Contains(taskId);

    public bool IsCompleted(int taskId) => completedTaskIds.Contains(taskId);

    /// <summary>Checks a recorded scheduling event against the action the code took with the same id.</summary>
    public void MatchRecorded(HistoryEvent recorded, string recordedDescription)
    {
        unmatched.TryGetValue(recorded.EventId, out var action);
        var matches = (recorded, action) switch
        {
            (TaskScheduledEvent s, ScheduleTaskAction a) => string.Equals(s.Name, a.Name, StringComparison.Ordinal),
            (TimerCreatedEvent, CreateTimerAction) => true,
            _ => false,
        };
        if (matches)
        {
            unmatched.Remove(recorded.EventId);
            if (recorded is TaskScheduledEvent)
            {
                recordedTaskIds.Add(recorded.EventId);
            }

            return;
        }

        var actual = action is null ? "nothing with that id (it is waiting for something else or has returned)" : action.Describe();
        Fail($"history recorded {recordedDescription} as event {recorded.EventId}, but the code now schedules {actual}");
    }

    /// <summary>After replaying committed history every action the code took must have been recorded.</summary>
    public void EnsureAllActionsRecorded()
    {
        if (NonDeterminismError is null && unmatched.Count > 0)
        {
            var first = unmatched.Values.First();
            Fail($"the code now schedules {first.Describe()} as event {first.Id}, which history does not record at that point");
        }
    }

    public void CompleteTask(TaskCompletedEvent completed)
    {
        if (tasks.TryGetValue(completed.ScheduledId, out var task) && completedTaskIds.Add(completed.ScheduledId))
        {
            task.Completion.TrySetResult(completed.Result);
        }
    }

    public void FailTask(TaskFailedEvent failed)
    {
        if (tasks.TryGetValue(failed.ScheduledId, out var task) && completedTaskIds.Add(failed.ScheduledId))
        {
            task.Completion.TrySetException(new TaskFailedException(task.Name, task.Id, failed.FailureDetails));
        }
    }

    public void FireTimer(TimerFiredEvent fired)
    {
        if (timers.TryGetValue(fired.ScheduledId, out var timer) && timer.IsPending)
        {
            timer.Fired = true;
            timer.Completion.TrySetResult();
        }
    }

    public void RaiseEvent(EventRaisedEvent raised) => events.Deliver(raised.Name, raised.Input);

    public void Fail(string reason)
    {
        NonDeterminismError ??=
            $"Non-deterministic orchestration '{Name}' (instance '{InstanceId}'): {reason}. The orchestrator code most " +
            "likely changed while this instance was in flight; register changed logic under a new orchestrator name " +
            "or let in-flight instances finish before deploying.";
    }

    private void EnsureFitsInMessage(string activityName, string? inputJson)
    {
        var body = WorkMessageSerializer.Serialize(
            new ActivityExecutionMessage(InstanceId, nextEventId, activityName, inputJson, new string('0', 40)));
        var bytes = WorkMessageSerializer.ByteCount(body);
        if (bytes > WorkMessageLimits.MaxBodyBytes)
        {
            throw new ArgumentException(
                $"The input of activity '{activityName}' makes a {bytes}-byte work message; the queue takes at most " +
                $"{WorkMessageLimits.MaxBodyBytes} bytes. Pass a reference (e.g. a resource id or blob name) instead.",
                nameof(inputJson));
        }
    }
}
