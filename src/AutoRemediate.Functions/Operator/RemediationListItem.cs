namespace AutoRemediate.Functions.Operator;

/// <summary>
/// One remediation in <c>GET /api/remediations</c>: lifecycle, the stage it is at (or ended in) and why, what
/// started it (rule, severity, every target), the binding and runbook once matched, and whether it was a dry run
/// (known once it ended). <see cref="Resource"/> is the first target, kept for clients that read only one.
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
    string? Runbook = null,
    int? Severity = null,
    IReadOnlyList<string>? Resources = null,
    bool? DryRun = null);
