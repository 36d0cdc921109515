namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// A run started. The store sets the last run of <see cref="Runbook"/> on each resource to <c>At</c> (cooldown),
/// records one start of the runbook for the sliding hour (rate limit), increments the running count
/// (concurrency) and records <c>At</c> as the last remediation of <see cref="FlapKey"/> (flap detection).
/// Dry runs are recorded the same way, so a dry run's decisions mirror what a live run would have done.
/// </summary>
/// <param name="Runbook">The runbook.</param>
/// <param name="ResourceIds">Normalised ids of the targets.</param>
/// <param name="FlapKey">The alert's flap key.</param>
/// <param name="DryRun">Whether the run only records actions.</param>
/// <param name="At">When it started.</param>
public sealed record RunStartedChange(string Runbook, IReadOnlyList<string> ResourceIds, string FlapKey, bool DryRun, DateTimeOffset At)
    : GuardrailStateChange(At);
