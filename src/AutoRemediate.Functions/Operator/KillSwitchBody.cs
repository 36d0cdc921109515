namespace AutoRemediate.Functions.Operator;

/// <summary>The body of <c>PUT /api/operator/kill-switch</c>.</summary>
internal sealed record KillSwitchBody(bool? Engaged, string? Reason);
