namespace AutoRemediate.Functions.Operator;

/// <summary>The body of <c>GET /api/approvals/pending</c>; <see cref="Enabled"/> is false when approvals are not configured.</summary>
internal sealed record PendingApprovals(bool Enabled, IReadOnlyList<PendingApproval> Items);
