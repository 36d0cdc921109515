using System.Text.Json;
using AutoRemediate.DurableTestHost.Ledger;
using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.History;
using DurableTask.Core.Middleware;

namespace AutoRemediate.DurableTestHost;

/// <summary>
/// The engine's dispatcher middleware writing the ledger: each orchestration turn's execution (start, end, worker,
/// process), each ledger step the turn dispatches, and each ledger step activity's start and end.
/// </summary>
/// <remarks>
/// A turn's checkpoint (history and the messages it sends) is written after the orchestration middleware returns, so
/// a dispatch recorded here by a worker killed before its checkpoint is dispatched again by the next worker: the
/// ledger must show that, or a correct re-run would look like a needless one.
/// </remarks>
public sealed class LedgerMiddleware(LedgerFile ledger, WorkerName worker, TimeProvider time)
{
    public async Task OnTurnAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        var instanceId = context.GetProperty<OrchestrationInstance>().InstanceId;
        var started = time.GetUtcNow();
        await next();
        var ended = time.GetUtcNow();
        ledger.Append(Entry(LedgerEntry.Turn, instanceId, 0, started, ended));
        var actions = context.GetProperty<OrchestratorExecutionResult>()?.Actions ?? [];
        foreach (var step in actions.OfType<ScheduleTaskOrchestratorAction>().Where(a => a.Name == LedgerStepActivity.Name).Select(a => Step(a.Input)))
        {
            ledger.Append(Entry(LedgerEntry.ActivityDispatched, instanceId, step, ended, ended));
        }
    }

    public async Task OnActivityAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        var scheduled = context.GetProperty<TaskScheduledEvent>();
        if (scheduled.Name != LedgerStepActivity.Name)
        {
            await next();
            return;
        }

        var instanceId = context.GetProperty<OrchestrationInstance>().InstanceId;
        var step = Step(scheduled.Input);
        var started = time.GetUtcNow();
        ledger.Append(Entry(LedgerEntry.ActivityStarted, instanceId, step, started, started));
        await next();
        ledger.Append(Entry(LedgerEntry.ActivityEnded, instanceId, step, started, time.GetUtcNow()));
    }

    private LedgerEntry Entry(string kind, string instanceId, int step, DateTimeOffset startedAt, DateTimeOffset endedAt) =>
        new(kind, instanceId, step, worker.Id, Environment.ProcessId, startedAt, endedAt);

    // The activity's input as the data converter wrote it: a JSON array of one LedgerStepInput (DurableTask.Core's
    // shim wraps activity inputs in an array) or the object itself.
    private static int Step(string? input)
    {
        using var json = JsonDocument.Parse(input ?? "null");
        var root = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement[0] : json.RootElement;
        return root.GetProperty("step").GetInt32();
    }
}
