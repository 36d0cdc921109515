using AutoRemediate.Durable.Store;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Durable.Worker;

/// <summary>Renews an instance lease every third of its duration while a turn runs, tracking the latest ETag.</summary>
internal sealed class LeaseRenewer
{
    private readonly IInstanceStore store;
    private readonly TimeSpan leaseDuration;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private LeaseRenewer(IInstanceStore store, InstanceState leased, TimeSpan leaseDuration, TimeProvider timeProvider, ILogger logger)
    {
        this.store = store;
        this.leaseDuration = leaseDuration;
        this.timeProvider = timeProvider;
        this.logger = logger;
        Current = leased;
        loop = RenewLoopAsync();
    }

    /// <summary>The state row as last written by acquire or renewal (its ETag guards the commit).</summary>
    public InstanceState Current { get; private set; }

    /// <summary>True once a renewal found the lease gone.</summary>
    public bool Lost { get; private set; }

    public static LeaseRenewer Start(IInstanceStore store, InstanceState leased, TimeSpan leaseDuration, TimeProvider timeProvider, ILogger logger) =>
        new(store, leased, leaseDuration, timeProvider, logger);

    /// <summary>Stops renewing (idempotent) and returns the latest state.</summary>
    public async Task<InstanceState> StopAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
        }

        await loop;
        return Current;
    }

    private async Task RenewLoopAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(leaseDuration / 3, timeProvider, stop.Token);
                var renewed = await store.RenewLeaseAsync(Current, timeProvider.GetUtcNow() + leaseDuration, stop.Token);
                if (renewed is null)
                {
                    Lost = true;
                    logger.LeaseRenewalLost(Current.InstanceId);
                    return;
                }

                Current = renewed;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by the turn.
        }
    }
}
