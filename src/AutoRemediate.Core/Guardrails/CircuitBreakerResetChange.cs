namespace AutoRemediate.Core.Guardrails;

/// <summary>An operator re-enabled a runbook through the API: the store replaces its breaker with <see cref="CircuitBreakerState.Closed"/>.</summary>
/// <param name="Runbook">The runbook.</param>
/// <param name="ResetBy">Who re-enabled it (audited).</param>
/// <param name="At">When.</param>
public sealed record CircuitBreakerResetChange(string Runbook, string ResetBy, DateTimeOffset At) : GuardrailStateChange(At);
