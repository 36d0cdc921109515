namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>The input of <see cref="CancelRemediationApprovalActivity"/>.</summary>
/// <param name="RequestId">The approval request to close.</param>
/// <param name="Reason">Why, for the Teams note and the log.</param>
internal sealed record ApprovalCancellation(string RequestId, string Reason);
