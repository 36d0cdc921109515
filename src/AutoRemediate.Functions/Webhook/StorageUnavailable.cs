namespace AutoRemediate.Functions.Webhook;

/// <summary>Storage failed or timed out: answer 503 with Retry-After so the sender delivers again.</summary>
internal sealed record StorageUnavailable(string Detail) : IntakeOutcome;
