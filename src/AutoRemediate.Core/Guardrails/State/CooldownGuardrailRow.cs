namespace AutoRemediate.Core.Guardrails.State;

/// <summary>When a runbook last started on one resource.</summary>
/// <param name="LastRunAt">The latest start.</param>
internal sealed record CooldownGuardrailRow(DateTimeOffset LastRunAt) : GuardrailRow;
