namespace AutoRemediate.Testing.Time;

/// <summary>A timer driven by <see cref="FakeTimeProvider"/>'s clock.</summary>
internal sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
{
    private TimeSpan _period = Timeout.InfiniteTimeSpan;
    private TimerCallback? _callback = callback;

    /// <summary>When the timer fires next; null when stopped.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (_callback is null)
        {
            return false;
        }

        _period = period;
        DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner.GetUtcNow() + dueTime;
        return true;
    }

    /// <summary>Moves the due time past a firing: one period on for periodic timers, stopped otherwise.</summary>
    public void Advance() =>
        DueAt = _period == Timeout.InfiniteTimeSpan || _period <= TimeSpan.Zero ? null : DueAt + _period;

    public void Fire() => _callback?.Invoke(state);

    public void Dispose()
    {
        _callback = null;
        DueAt = null;
        owner.Remove(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
