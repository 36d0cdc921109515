namespace AutoRemediate.Functions.Operator;

/// <summary>The body of <c>GET /api/remediations/{id}/timeline</c>: the audit records in chain order and the chain's verification.</summary>
internal sealed record RemediationTimeline(string RemediationId, IReadOnlyList<TimelineRecord> Records, TimelineVerification Verification);
