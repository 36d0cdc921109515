namespace AutoRemediate.Core.Toil;

/// <summary>Occurrences in a window by outcome.</summary>
public sealed record ToilOutcomeCounts(
    int Total,
    int AutoRemediated,
    int RemediatedAfterApproval,
    int DryRun,
    int Escalated,
    int Failed,
    int Unmatched,
    int Suppressed,
    int ResolvedBeforeAction);
