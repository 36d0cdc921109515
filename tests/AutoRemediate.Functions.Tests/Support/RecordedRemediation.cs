namespace AutoRemediate.Functions.Tests.Support;

/// <summary>The recording orchestrator's output: how many re-firings it folded and how the alert resolved.</summary>
internal sealed record RecordedRemediation(string AlertIdentity, int Refired, string? ResolvedState, string? ResolvedBodySha256);
