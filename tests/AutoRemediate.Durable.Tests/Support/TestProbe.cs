using System.Collections.Concurrent;

namespace AutoRemediate.Durable.Tests.Support;

/// <summary>Shared test state that activities and orchestrators report to (a DI singleton, shared across hosts).</summary>
public sealed class TestProbe : IDisposable
{
    private readonly ConcurrentDictionary<string, int> counters = new();
    private readonly ManualResetEventSlim turnGate = new(false);
    private int running;
    private int maxRunning;

    public TimeSpan ActivityDelay { get; set; } = TimeSpan.Zero;

    public int MaxConcurrentActivities => Volatile.Read(ref maxRunning);

    public bool TurnEntered { get; private set; }

    public int Increment(string key) => counters.AddOrUpdate(key, 1, (_, n) => n + 1);

    public int Count(string key) => counters.GetValueOrDefault(key);

    public async Task TrackConcurrencyAsync()
    {
        var now = Interlocked.Increment(ref running);
        int seen;
        while (now > (seen = Volatile.Read(ref maxRunning)) && Interlocked.CompareExchange(ref maxRunning, now, seen) != seen)
        {
        }

        try
        {
            await Task.Delay(ActivityDelay);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    /// <summary>Blocks the calling turn (synchronously, holding its lease) until <see cref="ReleaseTurn"/>.</summary>
    public void BlockTurn()
    {
        TurnEntered = true;
        turnGate.Wait(TimeSpan.FromSeconds(10));
    }

    public void ReleaseTurn() => turnGate.Set();

    public void Dispose() => turnGate.Dispose();
}
