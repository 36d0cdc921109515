namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>What asking for approval gave: nothing when no approvals service is configured, else the approval page.</summary>
internal sealed record ApprovalTicket(bool Configured, string? Url);
