namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>What asking for approval gave: nothing when approvals are not enabled, else the stored request's id.</summary>
/// <remarks>Never the approval page URL: it carries a signed token, and this record is kept in the history.</remarks>
internal sealed record ApprovalTicket(bool Configured, string? RequestId);
