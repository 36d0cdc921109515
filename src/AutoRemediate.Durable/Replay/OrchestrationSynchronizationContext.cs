namespace AutoRemediate.Durable.Replay;

/// <summary>
/// A single-threaded synchronisation context for one turn: continuations of orchestrator awaits are queued here and
/// run inline, in order, on the thread that applies history, so replay is deterministic.
/// </summary>
/// <remarks>
/// Work posted from other threads (code that escaped to the thread pool, which orchestrators must not do) is
/// queued too, but only runs if it arrives before the turn finishes draining.
/// </remarks>
internal sealed class OrchestrationSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> work = new();

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (work)
        {
            work.Enqueue((d, state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => Post(d, state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs <paramref name="action"/> with this context current, then every continuation it released.</summary>
    public void Run(Action action)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            action();
            while (TryDequeue(out var item))
            {
                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private bool TryDequeue(out (SendOrPostCallback Callback, object? State) item)
    {
        lock (work)
        {
            return work.TryDequeue(out item);
        }
    }
}
