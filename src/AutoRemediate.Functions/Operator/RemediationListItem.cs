namespace AutoRemediate.Functions.Operator;

/// <summary>
/// One remediation in <c>GET /api/remediations</c>: lifecycle, the stage it is at (or ended in) and why, what
/// started it, and the binding and runbook once matched.
/// </summary>
internal sealed record RemediationListItem(
    string InstanceId,
    string RuntimeStatus,
    string? Stage,
    string? Reason,
    string? Outcome,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    DateTimeOffset? CompletedAt,
    string? AlertRule = null,
    string? Resource = null,
    string? BindingId = null,
    string? Runbook = null);
