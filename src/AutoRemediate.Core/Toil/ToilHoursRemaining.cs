namespace AutoRemediate.Core.Toil;

/// <summary>Toil hours still done by humans in a window, by source; <see cref="Total"/> is their sum.</summary>
/// <param name="Unmatched">Unmatched occurrences × the assumed effort of an alert without a binding.</param>
/// <param name="Escalated">Escalated occurrences × their binding's manual effort.</param>
/// <param name="Failed">Failed occurrences × their binding's manual effort.</param>
/// <param name="DryRun">Dry-run occurrences × their binding's manual effort (a human still did the work).</param>
/// <param name="ApprovalReview">Human minutes spent on approvals.</param>
/// <param name="ManualLog">Minutes from the manual toil log.</param>
/// <param name="Total">The sum of the above.</param>
public sealed record ToilHoursRemaining(
    double Unmatched, double Escalated, double Failed, double DryRun, double ApprovalReview, double ManualLog, double Total);
