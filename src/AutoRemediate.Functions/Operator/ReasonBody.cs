namespace AutoRemediate.Functions.Operator;

/// <summary>The body of cancel and circuit-breaker reset: why, in the operator's words.</summary>
internal sealed record ReasonBody(string? Reason);
