namespace AutoRemediate.Functions.SelfCheck;

/// <summary>Where and when one probe activity ran.</summary>
internal sealed record ProbeResult(int Probe, string Machine, int ProcessId, DateTimeOffset RanAt);
