namespace AutoRemediate.Core.Guardrails;

/// <summary>When a runbook last started on a resource (for the cooldown).</summary>
/// <param name="Runbook">The runbook name.</param>
/// <param name="ResourceId">The resource id (any casing; compared normalised).</param>
/// <param name="At">When the run started.</param>
public sealed record LastRun(string Runbook, string ResourceId, DateTimeOffset At);
