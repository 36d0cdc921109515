namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// A run ended by an operator (the remediation was cancelled), so no <see cref="RunFinishedChange"/> will come. The
/// store frees the remediation's running slot and leaves the circuit breaker alone: an operator stopping a run says
/// nothing about whether the runbook works. Only meaningful with a remediation id; without one it changes nothing.
/// </summary>
/// <param name="At">When it was cancelled.</param>
public sealed record RunCancelledChange(DateTimeOffset At) : GuardrailStateChange(At);
