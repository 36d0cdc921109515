namespace AutoRemediate.Functions.Approvals;

/// <summary>The approval page to show, or why it cannot be shown.</summary>
internal sealed record ViewOutcome(ApprovalView? View, ApprovalPageResult? Error);
