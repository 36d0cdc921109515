namespace AutoRemediate.Testing.Time;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock moves only when a test says so; timers (and so
/// <c>Task.Delay(delay, timeProvider)</c>) fire synchronously during <see cref="Advance"/> or <see cref="SetUtcNow"/>.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now;

    /// <summary>Where a clock starts unless told otherwise: 2025-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Starts the clock at <paramref name="start"/>, or <see cref="DefaultStart"/>.</summary>
    public FakeTimeProvider(DateTimeOffset? start = null) =>
        _now = start ?? DefaultStart;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward and fires the timers that came due, in due order.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        SetUtcNow(GetUtcNow() + delta);
    }

    /// <summary>Sets the clock (never backwards) and fires the timers that came due.</summary>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            if (value < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Time cannot go backwards.");
            }

            _now = value;
        }

        while (NextDue() is { } timer)
        {
            // Outside the lock: a callback may read the clock or create timers.
            timer.Fire();
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    internal void Remove(FakeTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private FakeTimer? NextDue()
    {
        lock (_gate)
        {
            FakeTimer? next = null;
            foreach (var timer in _timers)
            {
                if (timer.DueAt is { } due && due <= _now && (next is null || due < next.DueAt))
                {
                    next = timer;
                }
            }

            next?.Advance();
            return next;
        }
    }
}
