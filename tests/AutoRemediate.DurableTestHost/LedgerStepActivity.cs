using AutoRemediate.Durable;
using AutoRemediate.Durable.Worker;
using AutoRemediate.DurableTestHost.Ledger;

namespace AutoRemediate.DurableTestHost;

/// <summary>Records its start and end in the ledger, with a little work in between to widen the crash window.</summary>
public sealed class LedgerStepActivity(LedgerFile ledger, WorkerName worker, TimeProvider time) : TaskActivity<LedgerStepInput, int>
{
    public const string Name = "LedgerStep";

    public override async Task<int> RunAsync(TaskActivityContext context, LedgerStepInput input, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        ledger.Append(new LedgerEntry(LedgerEntry.ActivityStarted, context.InstanceId, input.Step, worker.Id, Environment.ProcessId, started, started));
        await Task.Delay(input.WorkMilliseconds, cancellationToken);
        ledger.Append(new LedgerEntry(LedgerEntry.ActivityEnded, context.InstanceId, input.Step, worker.Id, Environment.ProcessId, started, time.GetUtcNow()));
        return input.Step;
    }
}
