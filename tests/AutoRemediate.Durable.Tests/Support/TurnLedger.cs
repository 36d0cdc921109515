using System.Collections.Concurrent;
using AutoRemediate.Durable.Worker;

namespace AutoRemediate.Durable.Tests.Support;

/// <summary>Records every committed turn and activity execution the observer hook reports.</summary>
public sealed class TurnLedger : IOrchestrationTurnObserver
{
    public ConcurrentQueue<OrchestrationTurnRecord> Turns { get; } = new();

    public ConcurrentQueue<ActivityExecutionRecord> Activities { get; } = new();

    public ValueTask OnTurnCommittedAsync(OrchestrationTurnRecord turn, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turn);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnActivityExecutedAsync(ActivityExecutionRecord activity, CancellationToken cancellationToken)
    {
        Activities.Enqueue(activity);
        return ValueTask.CompletedTask;
    }
}
