namespace AutoRemediate.Functions.Remediation;

/// <summary>What a remediation asks approvers to decide.</summary>
/// <param name="RemediationId">The remediation instance id.</param>
/// <param name="RequestId">Stable per remediation, so a retried request is the same request.</param>
/// <param name="BindingId">The matched binding.</param>
/// <param name="Summary">The guardrail decision's summary: what would run and why approval is needed.</param>
/// <param name="Quorum">Distinct approvers needed.</param>
/// <param name="AllowSelfApproval">Whether the binding's owner may approve.</param>
/// <param name="ExpiresAt">When the request expires and the remediation escalates.</param>
internal sealed record ApprovalAsk(
    string RemediationId, string RequestId, string BindingId, string Summary, int Quorum, bool AllowSelfApproval, DateTimeOffset ExpiresAt);
