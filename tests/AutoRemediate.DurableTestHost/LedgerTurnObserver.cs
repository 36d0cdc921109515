using AutoRemediate.Durable.Worker;
using AutoRemediate.DurableTestHost.Ledger;

namespace AutoRemediate.DurableTestHost;

/// <summary>Writes every committed turn to the ledger, so tests can prove no two workers ran one instance at once.</summary>
public sealed class LedgerTurnObserver(LedgerFile ledger) : IOrchestrationTurnObserver
{
    public ValueTask OnTurnCommittedAsync(OrchestrationTurnRecord turn, CancellationToken cancellationToken)
    {
        ledger.Append(new LedgerEntry(LedgerEntry.TurnCommitted, turn.InstanceId, 0, turn.WorkerId, Environment.ProcessId, turn.StartedAt, turn.EndedAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask OnActivityExecutedAsync(ActivityExecutionRecord activity, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
