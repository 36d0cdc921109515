namespace AutoRemediate.Functions.Operator;

/// <summary>A pending approval request as the operator sees it (no tokens: links are only sent to approvers).</summary>
internal sealed record PendingApproval(
    string RequestId,
    string RemediationId,
    string AlertRule,
    int Severity,
    string Runbook,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Operations,
    string RequestedBy,
    int Quorum,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt);
