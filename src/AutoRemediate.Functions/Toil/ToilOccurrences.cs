using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Remediation.Steps;

namespace AutoRemediate.Functions.Toil;

/// <summary>How a remediation's end maps to a toil outcome (docs/toil.md, "Outcomes").</summary>
internal static class ToilOccurrences
{
    public static ToilOccurrence From(ToilRecording run, int? manualEffortMinutes, int approvalReviewMinutes) => new()
    {
        OccurrenceId = run.RemediationId,
        RemediationId = run.RemediationId,
        OccurredAt = run.ReceivedAt,
        EndedAt = run.EndedAt,
        Outcome = Outcome(run),
        RuleName = run.RuleName,
        AlertSource = run.AlertSource,
        Severity = run.Severity,
        BindingId = run.BindingId,
        BindingVersion = run.BindingVersion,
        Runbook = run.Runbook,
        Target = run.Target,
        ManualEffortMinutes = manualEffortMinutes,
        HumanMinutes = HumanMinutes(run, approvalReviewMinutes),
        ApprovalRequestedAt = run.ApprovalRequestedAt,
        ApprovalDecidedAt = run.ApprovalDecidedAt,
        Refirings = run.Refirings,
        Reason = run.Reason,
    };

    public static ToilOutcome Outcome(ToilRecording run) => run.Outcome switch
    {
        RemediationStage.Completed when run.DryRun => ToilOutcome.DryRun,
        RemediationStage.Completed => run.Approved ? ToilOutcome.RemediatedAfterApproval : ToilOutcome.AutoRemediated,
        RemediationStage.Unmatched => ToilOutcome.Unmatched,
        RemediationStage.Blocked => ToilOutcome.Suppressed,
        RemediationStage.ResolvedBeforeAction => ToilOutcome.ResolvedBeforeAction,
        // Escalated while acting or verifying means the runbook ran and did not finish: a failed run, not a hand-over.
        RemediationStage.Escalated when run.StageBeforeEnd is RemediationStage.Acting or RemediationStage.Verifying => ToilOutcome.Failed,
        RemediationStage.Escalated or RemediationStage.Rejected => ToilOutcome.Escalated,
        _ => ToilOutcome.Failed,
    };

    /// <summary>
    /// A human decision costs its latency, capped at the review time: an approver who answers in 2 minutes spent
    /// about 2, one who answers after 3 hours did not spend 3 hours on it. No decision, no human minutes.
    /// </summary>
    public static double HumanMinutes(ToilRecording run, int approvalReviewMinutes) =>
        run.ApprovalRequestedAt is { } asked && run.ApprovalDecidedAt is { } decided
            ? Math.Clamp((decided - asked).TotalMinutes, 0, approvalReviewMinutes)
            : 0;
}
