namespace AutoRemediate.Core.Toil;

/// <summary>How one runbook did in a window.</summary>
/// <param name="Runbook">The runbook's name.</param>
/// <param name="Remediated">Occurrences it fixed (with or without approval).</param>
/// <param name="Failed">Occurrences where it ran and failed.</param>
/// <param name="Escalated">Occurrences handed to a human before it ran.</param>
/// <param name="DryRuns">Occurrences it only planned (dry run).</param>
/// <param name="SuccessRate">Remediated / (Remediated + Failed); null when it never ran for real.</param>
/// <param name="HoursAvoided">Manual effort of the occurrences it fixed, in hours.</param>
public sealed record RunbookFigures(string Runbook, int Remediated, int Failed, int Escalated, int DryRuns, double? SuccessRate, double HoursAvoided);
