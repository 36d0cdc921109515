using System.Collections.Immutable;

namespace AutoRemediate.Core.Guardrails.State;

/// <summary>A runbook's row: recent starts (rate limit) and its circuit breaker.</summary>
/// <param name="Starts">Start times within the sliding window, oldest first.</param>
/// <param name="Breaker">The circuit breaker.</param>
/// <param name="LastReset">The operator's last reset of the breaker, if any.</param>
internal sealed record RunbookGuardrailRow(ImmutableArray<DateTimeOffset> Starts, CircuitBreakerState Breaker, OperatorAction? LastReset) : GuardrailRow
{
    /// <summary>The row before anything was stored.</summary>
    public static RunbookGuardrailRow Empty { get; } = new([], CircuitBreakerState.Closed, null);
}
