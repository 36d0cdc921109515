namespace AutoRemediate.Durable;

/// <summary>How an orchestrator retries a failed activity: attempts separated by exponentially growing delays.</summary>
/// <remarks>
/// The waits between attempts are durable timers inside the orchestration, so a retry schedule survives worker
/// restarts and is replayed deterministically. The delay before attempt <c>n + 1</c> is
/// <c>min(firstRetryInterval * backoffCoefficient^(n - 1), maxRetryInterval)</c>.
/// </remarks>
public sealed class RetryPolicy
{
    /// <summary>The cap on a single delay when none is given.</summary>
    public static readonly TimeSpan DefaultMaxRetryInterval = TimeSpan.FromHours(1);

    /// <summary>Creates a policy.</summary>
    /// <param name="maxNumberOfAttempts">Total attempts including the first (at least 1).</param>
    /// <param name="firstRetryInterval">The delay before the second attempt (positive).</param>
    /// <param name="backoffCoefficient">The growth factor of successive delays (at least 1).</param>
    /// <param name="maxRetryInterval">The cap on a single delay; <see cref="DefaultMaxRetryInterval"/> when null.</param>
    /// <param name="handle">Decides whether a failure is retried; every failure is when null.</param>
    public RetryPolicy(
        int maxNumberOfAttempts,
        TimeSpan firstRetryInterval,
        double backoffCoefficient = 1.0,
        TimeSpan? maxRetryInterval = null,
        Func<TaskFailedException, bool>? handle = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoffCoefficient, 1.0);
        var cap = maxRetryInterval ?? DefaultMaxRetryInterval;
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, firstRetryInterval, nameof(maxRetryInterval));
        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = cap;
        Handle = handle;
    }

    /// <summary>Total attempts including the first.</summary>
    public int MaxNumberOfAttempts { get; }

    /// <summary>The delay before the second attempt.</summary>
    public TimeSpan FirstRetryInterval { get; }

    /// <summary>The growth factor of successive delays.</summary>
    public double BackoffCoefficient { get; }

    /// <summary>The cap on a single delay.</summary>
    public TimeSpan MaxRetryInterval { get; }

    /// <summary>Decides whether a failure is retried; null retries every failure.</summary>
    public Func<TaskFailedException, bool>? Handle { get; }

    /// <summary>The delay after failed attempt <paramref name="failedAttempt"/> (1-based) before the next one.</summary>
    public TimeSpan GetRetryDelay(int failedAttempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempt, 1);
        var ticks = FirstRetryInterval.Ticks * Math.Pow(BackoffCoefficient, failedAttempt - 1);
        return ticks >= MaxRetryInterval.Ticks ? MaxRetryInterval : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Whether to try again after failed attempt <paramref name="failedAttempt"/> (1-based) failed with <paramref name="failure"/>.</summary>
    public bool ShouldRetry(TaskFailedException failure, int failedAttempt) =>
        failedAttempt < MaxNumberOfAttempts && (Handle?.Invoke(failure) ?? true);
}
