namespace AutoRemediate.Core.Approvals;

/// <summary>What a verified approval token says: which request of which remediation, for which plan, until when.</summary>
/// <param name="KeyId">The signing key's id.</param>
/// <param name="RemediationId">The remediation instance id.</param>
/// <param name="RequestId">The approval request id.</param>
/// <param name="PlanHash">The hash of the plan shown with the token.</param>
/// <param name="ExpiresAt">The token is refused from this second on.</param>
/// <param name="Nonce">Random, unique per token; the key of its single-use record.</param>
public sealed record ApprovalTokenClaims(string KeyId, string RemediationId, string RequestId, string PlanHash, DateTimeOffset ExpiresAt, string Nonce);
