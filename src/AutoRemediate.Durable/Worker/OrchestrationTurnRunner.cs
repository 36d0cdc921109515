using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Registration;
using AutoRemediate.Durable.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Durable.Worker;

/// <summary>
/// Runs one orchestration turn in checkpoint order: (a) acquire the lease, (b) replay and run, (c) send outgoing
/// messages, (d) commit history, state and inbox deletions with the lease's ETag. The caller then (e) deletes the
/// triggering message. See the project README for why this order is safe.
/// </summary>
internal sealed class OrchestrationTurnRunner(
    IInstanceStore store,
    IWorkQueue queue,
    TaskRegistry registry,
    TurnPlanner planner,
    InstanceTurnGate gate,
    WorkerIdentity worker,
    TurnObservers observers,
    TimeProvider timeProvider,
    IOptions<DurableEngineOptions> options,
    ILogger<OrchestrationTurnRunner> logger)
{
    public async Task<TurnOutcome> RunAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (!gate.TryEnter(instanceId))
        {
            return TurnOutcome.Busy;
        }

        try
        {
            return await RunLeasedAsync(instanceId, cancellationToken);
        }
        finally
        {
            gate.Exit(instanceId);
        }
    }

    private async Task<TurnOutcome> RunLeasedAsync(string instanceId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var startedAt = timeProvider.GetUtcNow();
        var snapshot = await store.TryAcquireAsync(instanceId, worker.Id, startedAt, settings.LeaseDuration, cancellationToken);
        if (snapshot is null)
        {
            var existing = await store.GetAsync(instanceId, cancellationToken);
            return existing is null ? TurnOutcome.Missing : existing.IsTerminal ? TurnOutcome.Done : TurnOutcome.Busy;
        }

        // Read after the acquire landed and (below) before the commit is sent, so the recorded interval lies
        // inside the time this worker really held the lease: intervals of two correct turns never overlap.
        var heldFrom = timeProvider.GetUtcNow();
        var renewer = PeriodicRenewal<InstanceState>.ForLease(store, snapshot.State, settings.LeaseDuration, timeProvider, logger);
        var committed = false;
        try
        {
            if (snapshot.State.IsTerminal)
            {
                return TurnOutcome.Done;
            }

            var plan = planner.Plan(snapshot, registry.CreateOrchestrator(snapshot.State.Name), timeProvider.GetUtcNow(), settings.MaxInboxMessagesPerTurn);
            if (plan is null)
            {
                logger.TurnNothingNew(instanceId);
                return TurnOutcome.Done;
            }

            await SendAsync(plan.Outgoing, cancellationToken);
            var leased = await renewer.StopAsync();
            if (renewer.Lost)
            {
                logger.TurnLeaseLost(instanceId);
                return TurnOutcome.Busy;
            }

            var events = plan.NewEvents
                .Select((e, i) => new StoredEvent(snapshot.State.HistoryLength + i, HistorySerializer.Serialize(e)))
                .ToList();
            var heldUntil = timeProvider.GetUtcNow();
            committed = await store.CommitAsync(new TurnCommit(plan.NewState, leased.ETag!, events, plan.ConsumedInbox), cancellationToken);
            if (!committed)
            {
                logger.TurnLeaseLost(instanceId);
                return TurnOutcome.Busy;
            }

            await AfterCommitAsync(plan, heldFrom, heldUntil, cancellationToken);
            return TurnOutcome.Done;
        }
        finally
        {
            var current = await renewer.StopAsync();
            if (!committed && !renewer.Lost)
            {
                await ReleaseQuietlyAsync(current);
            }
        }
    }

    private async Task SendAsync(IReadOnlyList<WorkMessage> outgoing, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var message in outgoing)
        {
            var delay = message is TimerMessage timer ? TimerDelay(timer.FireAt, now) : TimeSpan.Zero;
            await queue.EnqueueAsync(WorkMessageSerializer.Serialize(message), delay, cancellationToken);
        }
    }

    private async Task AfterCommitAsync(TurnPlan plan, DateTimeOffset heldFrom, DateTimeOffset heldUntil, CancellationToken cancellationToken)
    {
        var state = plan.NewState;
        logger.TurnCommitted(state.InstanceId, plan.NewEvents.Count, state.RuntimeStatus, plan.Outgoing.Count);
        if (state.IsTerminal)
        {
            logger.OrchestrationEnded(state.Name, state.InstanceId, state.RuntimeStatus);
        }

        if (plan.MoreInboxWaiting && !state.IsTerminal)
        {
            await queue.EnqueueAsync(WorkMessageSerializer.Serialize(new OrchestrationTurnMessage(state.InstanceId)), TimeSpan.Zero, cancellationToken);
        }

        await observers.TurnCommittedAsync(
            new OrchestrationTurnRecord(state.InstanceId, worker.Id, heldFrom, heldUntil, state.RuntimeStatus, plan.NewEvents.Count),
            cancellationToken);
    }

    private async Task ReleaseQuietlyAsync(InstanceState leased)
    {
        try
        {
            await store.ReleaseAsync(leased, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LeaseReleaseFailed(ex, leased.InstanceId);
        }
    }

    /// <summary>The visibility delay of a timer message: until it is due, at most the queue's 7-day limit.</summary>
    internal static TimeSpan TimerDelay(DateTimeOffset fireAt, DateTimeOffset now)
    {
        var delay = fireAt - now;
        return delay <= TimeSpan.Zero ? TimeSpan.Zero
            : delay > WorkMessageLimits.MaxVisibilityDelay ? WorkMessageLimits.MaxVisibilityDelay
            : delay;
    }
}
