using AutoRemediate.Testing.Time;

namespace AutoRemediate.AzureFakes.Time;

/// <summary>
/// A fake clock that moves itself: each timer created (so each <c>Task.Delay(delay, clock)</c>) advances the
/// underlying <see cref="FakeTimeProvider"/> to the timer's due time right away. Polling and back-off run instantly
/// while every wait is still measured on the clock and recorded in <see cref="Delays"/>.
/// </summary>
/// <remarks>Share one instance between the clients and <see cref="Server.FakeAzureServer"/>, so time-based fake state
/// (instances restarting for a while) moves with the clients' waits.</remarks>
public sealed class AutoAdvancingClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _delays = [];

    /// <summary>Starts at <paramref name="start"/>, or the <see cref="FakeTimeProvider"/> default.</summary>
    public AutoAdvancingClock(DateTimeOffset? start = null) => Inner = new FakeTimeProvider(start);

    /// <summary>The underlying fake clock; tests may also advance it by hand.</summary>
    public FakeTimeProvider Inner { get; }

    /// <summary>Every timer due time requested, in order (Retry-After waits, back-off, poll intervals).</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_gate)
            {
                return [.. _delays];
            }
        }
    }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override long TimestampFrequency => Inner.TimestampFrequency;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Inner.GetUtcNow();

    /// <inheritdoc />
    public override long GetTimestamp() => Inner.GetTimestamp();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Inner.CreateTimer(callback, state, dueTime, period);
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return timer;
        }

        DateTimeOffset target;
        lock (_gate)
        {
            _delays.Add(dueTime);
            target = Inner.GetUtcNow() + dueTime;
        }

        // Off the caller's stack: Task.Delay must finish storing its timer before the callback runs.
        ThreadPool.QueueUserWorkItem(_ => MoveTo(target));
        return timer;
    }

    private void MoveTo(DateTimeOffset target)
    {
        lock (_gate)
        {
            if (target > Inner.GetUtcNow())
            {
                Inner.SetUtcNow(target);
            }
            else
            {
                Inner.Advance(TimeSpan.Zero);
            }
        }
    }
}
