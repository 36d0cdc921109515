namespace AutoRemediate.Functions.Operator;

/// <summary>A runbook's circuit breaker and its last reset by an operator.</summary>
internal sealed record CircuitBreakerView(
    string Runbook, bool IsOpen, int ConsecutiveFailures, DateTimeOffset? OpenedAt, string? LastResetBy, DateTimeOffset? LastResetAt, string? LastResetReason);
