namespace AutoRemediate.Core.Guardrails;

/// <summary>A runbook's circuit breaker. It opens after too many consecutive failures and closes only through the API.</summary>
/// <param name="ConsecutiveFailures">Failed runs since the last success or reset.</param>
/// <param name="IsOpen">True blocks the runbook.</param>
/// <param name="OpenedAt">When it opened.</param>
public sealed record CircuitBreakerState(int ConsecutiveFailures, bool IsOpen, DateTimeOffset? OpenedAt)
{
    /// <summary>No failures, closed.</summary>
    public static CircuitBreakerState Closed { get; } = new(0, false, null);

    /// <summary>
    /// The state after a run finished: a success clears the failure count (an open breaker stays open), a failure
    /// counts and opens the breaker at <paramref name="threshold"/>. Stores apply exactly this.
    /// </summary>
    public CircuitBreakerState After(bool succeeded, int threshold, DateTimeOffset at)
    {
        if (succeeded)
        {
            return this with { ConsecutiveFailures = 0 };
        }

        var failures = ConsecutiveFailures + 1;
        return failures >= threshold && !IsOpen
            ? new CircuitBreakerState(failures, true, at)
            : this with { ConsecutiveFailures = failures };
    }
}
