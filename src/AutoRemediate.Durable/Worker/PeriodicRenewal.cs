using Microsoft.Extensions.Logging;

namespace AutoRemediate.Durable.Worker;

/// <summary>
/// Keeps a claim alive while work runs — an instance lease during a turn, a message's invisibility during an
/// activity — by renewing it every <c>period</c> and tracking the latest renewed value (new ETag, new pop receipt).
/// </summary>
/// <remarks>
/// A renewal that returns null or throws marks the claim <see cref="Lost"/> and stops: the work may finish, but
/// whatever it writes afterwards is guarded (ETag, pop receipt) and will be refused rather than applied twice.
/// </remarks>
internal sealed class PeriodicRenewal<T>
    where T : class
{
    private readonly Func<T, CancellationToken, Task<T?>> renew;
    private readonly Action<T, Exception?> onLost;
    private readonly TimeSpan period;
    private readonly TimeProvider timeProvider;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private PeriodicRenewal(T initial, TimeSpan period, Func<T, CancellationToken, Task<T?>> renew, Action<T, Exception?> onLost, TimeProvider timeProvider)
    {
        Current = initial;
        this.period = period;
        this.renew = renew;
        this.onLost = onLost;
        this.timeProvider = timeProvider;
        loop = RenewLoopAsync();
    }

    /// <summary>The claim as last acquired or renewed.</summary>
    public T Current { get; private set; }

    /// <summary>True once a renewal found the claim gone or failed.</summary>
    public bool Lost { get; private set; }

    /// <summary>Renews an instance lease every third of its duration.</summary>
    public static PeriodicRenewal<Store.InstanceState> ForLease(
        Store.IInstanceStore store, Store.InstanceState leased, TimeSpan leaseDuration, TimeProvider timeProvider, ILogger logger) =>
        new(leased, leaseDuration / 3,
            (state, ct) => store.RenewLeaseAsync(state, timeProvider.GetUtcNow() + leaseDuration, ct),
            (state, _) => logger.LeaseRenewalLost(state.InstanceId),
            timeProvider);

    /// <summary>Extends a received message's invisibility every third of the visibility timeout.</summary>
    public static PeriodicRenewal<Store.ReceivedWorkMessage> ForMessage(
        Store.IWorkQueue queue, Store.ReceivedWorkMessage message, TimeSpan visibilityTimeout, TimeProvider timeProvider, ILogger logger) =>
        new(message, visibilityTimeout / 3,
            async (current, ct) => await queue.SetVisibilityAsync(current, visibilityTimeout, ct),
            (current, ex) => logger.VisibilityExtensionFailed(ex ?? new InvalidOperationException("the queue returned no message"), current.MessageId),
            timeProvider);

    /// <summary>Stops renewing (idempotent) and returns the latest value, once a renewal under way has landed.</summary>
    public async Task<T> StopAsync()
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
        while (true)
        {
            try
            {
                await Task.Delay(period, timeProvider, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return; // Stopped by the work it was keeping alive.
            }

            // A renewal already sent is seen through, never cancelled: the store may have applied it, and a caller
            // left holding the old ETag or pop receipt would fail to commit or delete, and the work would run again.
            T? renewed;
            try
            {
                renewed = await renew(Current, CancellationToken.None);
            }
            catch (Exception ex)
            {
                MarkLost(ex);
                return;
            }

            if (renewed is null)
            {
                MarkLost(null);
                return;
            }

            Current = renewed;
        }
    }

    private void MarkLost(Exception? exception)
    {
        Lost = true;
        onLost(Current, exception);
    }
}
