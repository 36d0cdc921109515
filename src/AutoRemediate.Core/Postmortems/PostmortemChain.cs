using AutoRemediate.Core.Audit;

namespace AutoRemediate.Core.Postmortems;

/// <summary>One remediation's audit records (in chain order) and the result of verifying them.</summary>
/// <param name="RemediationId">The remediation, which is the chain's id.</param>
/// <param name="Records">The stored records.</param>
/// <param name="Verification">What <see cref="AuditChainVerifier"/> found.</param>
public sealed record PostmortemChain(string RemediationId, IReadOnlyList<AuditRecord> Records, AuditVerificationReport Verification);
