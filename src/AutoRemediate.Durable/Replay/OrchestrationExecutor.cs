using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Serialization;
using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.Replay;

/// <summary>Drives one execution of an orchestrator through history events, one event at a time.</summary>
/// <remarks>
/// Each event is applied inside the turn's <see cref="OrchestrationSynchronizationContext"/>, and every
/// continuation it releases runs before the next event, so the code sees history in exactly the recorded order.
/// </remarks>
internal sealed class OrchestrationExecutor(ITaskOrchestrator? orchestrator, OrchestrationExecutionContext context)
{
    /// <summary>The error type recorded when replay detects non-determinism.</summary>
    public const string NonDeterminismErrorType = "AutoRemediate.Durable.NonDeterministicOrchestrationException";

    private readonly OrchestrationSynchronizationContext synchronizationContext = new();
    private Task<object?>? running;
    private FailureDetails? startFailure;

    public OrchestrationExecutionContext Context => context;

    public void Replay(IReadOnlyList<HistoryEvent> past)
    {
        foreach (var historyEvent in past)
        {
            Apply(historyEvent, replaying: true);
        }

        context.EnsureAllActionsRecorded();
    }

    public void Apply(HistoryEvent historyEvent, bool replaying)
    {
        if (context.NonDeterminismError is not null)
        {
            return;
        }

        context.SetReplaying(replaying);
        synchronizationContext.Run(() => Dispatch(historyEvent));
    }

    /// <summary>Null while the orchestrator is still waiting; otherwise how it ended.</summary>
    public ExecutionOutcome? GetOutcome()
    {
        if (context.NonDeterminismError is { } error)
        {
            return Failed(new FailureDetails(NonDeterminismErrorType, error, null));
        }

        if (startFailure is not null)
        {
            return Failed(startFailure);
        }

        if (running is null || !running.IsCompleted)
        {
            return null;
        }

        if (running.IsCanceled)
        {
            return Failed(FailureDetails.FromException(new TaskCanceledException(running)));
        }

        if (running.Exception is { } aggregate)
        {
            var inner = aggregate.InnerExceptions.Count == 1 ? aggregate.InnerException! : aggregate;
            return Failed(FailureDetails.FromException(inner));
        }

        try
        {
            return new ExecutionOutcome(OrchestrationRuntimeStatus.Completed, DurableJson.Serialize(running.Result), null);
        }
        catch (Exception ex) when (ex is NotSupportedException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return Failed(FailureDetails.FromException(ex));
        }
    }

    private static ExecutionOutcome Failed(FailureDetails failure) => new(OrchestrationRuntimeStatus.Failed, null, failure);

    private void Dispatch(HistoryEvent historyEvent)
    {
        switch (historyEvent)
        {
            case OrchestratorStartedEvent started:
                context.SetTurn(started.Timestamp);
                break;
            case ExecutionStartedEvent started:
                Start(started);
                break;
            case TaskScheduledEvent scheduled:
                context.MatchRecorded(scheduled, $"activity '{scheduled.Name}'");
                break;
            case TimerCreatedEvent created:
                context.MatchRecorded(created, $"a timer due {created.FireAt:O}");
                break;
            case TaskCompletedEvent completed:
                context.CompleteTask(completed);
                break;
            case TaskFailedEvent failed:
                context.FailTask(failed);
                break;
            case TimerFiredEvent fired:
                context.FireTimer(fired);
                break;
            case EventRaisedEvent raised:
                context.RaiseEvent(raised);
                break;
            default:
                break;
        }
    }

    private void Start(ExecutionStartedEvent started)
    {
        if (orchestrator is null)
        {
            startFailure = new FailureDetails(
                "AutoRemediate.Durable.OrchestratorNotFoundException",
                $"No orchestrator named '{started.Name}' is registered with this worker.",
                null);
            return;
        }

        try
        {
            var input = DurableJson.Deserialize(started.Input, orchestrator.InputType);
            running = orchestrator.RunAsync(context, input);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            running = Task.FromException<object?>(ex);
        }
    }
}
