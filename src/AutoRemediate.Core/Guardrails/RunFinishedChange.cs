namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// A run finished. The store decrements the running count (never below zero) and replaces the runbook's breaker
/// with <see cref="CircuitBreakerState.After"/>(<see cref="Succeeded"/>, <see cref="CircuitBreakerThreshold"/>, <c>At</c>).
/// </summary>
/// <param name="Runbook">The runbook.</param>
/// <param name="Succeeded">Whether it succeeded (dry runs count as succeeded: they executed nothing that could fail).</param>
/// <param name="CircuitBreakerThreshold">The binding's threshold at the time of the run.</param>
/// <param name="At">When it finished.</param>
public sealed record RunFinishedChange(string Runbook, bool Succeeded, int CircuitBreakerThreshold, DateTimeOffset At)
    : GuardrailStateChange(At);
