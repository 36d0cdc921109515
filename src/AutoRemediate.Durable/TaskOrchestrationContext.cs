namespace AutoRemediate.Durable;

/// <summary>The orchestrator's only window on the outside world: every durable operation goes through it.</summary>
/// <remarks>
/// Each turn the engine replays recorded history through the orchestrator: calls whose results are recorded
/// complete immediately (<see cref="IsReplaying"/> is true while they do), and the turn ends when the code awaits
/// something history does not hold yet. Every action (activity call, timer) takes the next event id; replay checks
/// that the code makes the same kind of call with the same name at each id and fails the instance otherwise.
/// </remarks>
public abstract class TaskOrchestrationContext
{
    /// <summary>The instance id.</summary>
    public abstract string InstanceId { get; }

    /// <summary>The registered orchestrator name.</summary>
    public abstract string Name { get; }

    /// <summary>The time the current turn started, from history; the same value on every replay.</summary>
    public abstract DateTime CurrentUtcDateTime { get; }

    /// <summary>True while recorded history is being re-applied (use to avoid duplicate logging).</summary>
    public abstract bool IsReplaying { get; }

    /// <summary>The instance input deserialised as <typeparamref name="T"/>.</summary>
    public abstract T? GetInput<T>();

    /// <summary>A deterministic, name-based (RFC 4122 version 5) GUID from the instance id and a per-execution counter.</summary>
    public abstract Guid NewGuid();

    /// <summary>Sets the status a client sees; serialised to JSON when the turn commits.</summary>
    public abstract void SetCustomStatus(object? customStatus);

    /// <summary>Schedules activity <paramref name="name"/> and returns its result, retrying per <paramref name="retry"/>.</summary>
    /// <exception cref="TaskFailedException">The activity failed (on its last attempt).</exception>
    /// <exception cref="ArgumentException">The input is too large for a work message (48 KiB).</exception>
    public async Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, RetryPolicy? retry = null)
    {
        if (retry is null)
        {
            return await ScheduleActivityAsync<TResult>(name, input);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ScheduleActivityAsync<TResult>(name, input);
            }
            catch (TaskFailedException failure) when (retry.ShouldRetry(failure, attempt))
            {
                await CreateTimer(CurrentUtcDateTime.Add(retry.GetRetryDelay(attempt)), CancellationToken.None);
            }
        }
    }

    /// <summary>Schedules activity <paramref name="name"/>, ignoring its result.</summary>
    public Task CallActivityAsync(string name, object? input = null, RetryPolicy? retry = null) =>
        CallActivityAsync<object?>(name, input, retry);

    /// <summary>A durable timer due at <paramref name="fireAt"/> (UTC). Cancelling the token cancels the timer: its task
    /// becomes cancelled and it never fires.</summary>
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    /// <summary>A durable timer due <paramref name="delay"/> after <see cref="CurrentUtcDateTime"/>.</summary>
    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) =>
        CreateTimer(CurrentUtcDateTime.Add(delay), cancellationToken);

    /// <summary>Waits for external event <paramref name="eventName"/> (case-insensitive). Events raised before the wait
    /// are buffered and delivered in arrival order.</summary>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>Waits for external event <paramref name="eventName"/> for at most <paramref name="timeout"/> (a durable timer).</summary>
    /// <exception cref="TaskCanceledException">The timeout elapsed first.</exception>
    public async Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var timerCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var eventCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timeoutTask = CreateTimer(CurrentUtcDateTime.Add(timeout), timerCancellation.Token);
        var eventTask = WaitForExternalEvent<T>(eventName, eventCancellation.Token);
        var winner = await Task.WhenAny(eventTask, timeoutTask);

        // Cancel synchronously: CancelAsync would run the callbacks on the thread pool, outside the turn.
        if (winner == timeoutTask)
        {
            eventCancellation.Cancel();
        }
        else
        {
            timerCancellation.Cancel();
        }

        return await eventTask;
    }

    /// <summary>Schedules one attempt of an activity; <see cref="CallActivityAsync{TResult}"/> adds retries.</summary>
    protected abstract Task<TResult> ScheduleActivityAsync<TResult>(string name, object? input);
}
