using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Durable.Worker;

/// <summary>
/// Belt and braces for lost work: every <see cref="DurableEngineOptions.SweepInterval"/> re-dispatches a turn for
/// unfinished instances whose lease holder vanished, whose durable timer is long overdue, or that were created
/// long ago and never started.
/// </summary>
/// <remarks>A re-dispatched turn that finds nothing new only releases the lease, so false alarms are cheap.</remarks>
public sealed class LeaseSweeper(
    IInstanceStore store,
    IWorkQueue queue,
    TimeProvider timeProvider,
    IOptions<DurableEngineOptions> options,
    ILogger<LeaseSweeper> logger) : BackgroundService
{
    private const int BatchSize = 100;

    private static readonly IReadOnlySet<OrchestrationRuntimeStatus> Unfinished =
        new HashSet<OrchestrationRuntimeStatus> { OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running };

    /// <summary>One sweep; returns how many turns it re-dispatched.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var dispatched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in await store.FindExpiredLeasesAsync(now, BatchSize, cancellationToken))
        {
            await DispatchAsync(state.InstanceId, cancellationToken);
            dispatched.Add(state.InstanceId);
            logger.ExpiredLeaseRedispatched(state.InstanceId, state.LeaseOwner, state.LeaseExpiresAt);
        }

        var stalledBefore = now - options.Value.StalledInstanceGrace;
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync(
                new InstanceQuery { RuntimeStatus = Unfinished, PageSize = BatchSize, ContinuationToken = continuation }, cancellationToken);
            foreach (var state in page.Instances.Where(s => IsStalled(s, now, stalledBefore) && !dispatched.Contains(s.InstanceId)))
            {
                await DispatchAsync(state.InstanceId, cancellationToken);
                dispatched.Add(state.InstanceId);
                logger.StalledInstanceRedispatched(state.InstanceId, state.RuntimeStatus, state.NextWakeAt);
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        return dispatched.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.SweepFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private static bool IsStalled(InstanceState state, DateTimeOffset now, DateTimeOffset stalledBefore)
    {
        if (state.LeaseOwner is not null && state.LeaseExpiresAt > now)
        {
            return false;
        }

        return state.NextWakeAt < stalledBefore
            || (state.HistoryLength == 0 && state.CreatedAt < stalledBefore);
    }

    private Task DispatchAsync(string instanceId, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(WorkMessageSerializer.Serialize(new OrchestrationTurnMessage(instanceId)), TimeSpan.Zero, cancellationToken);
}
