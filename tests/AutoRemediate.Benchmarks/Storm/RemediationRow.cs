namespace AutoRemediate.Benchmarks.Storm;

/// <summary>The fields of one <c>GET /api/remediations</c> item the benchmark reads.</summary>
internal sealed record RemediationRow(
    string InstanceId, string RuntimeStatus, string? Stage, string? Outcome, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);
