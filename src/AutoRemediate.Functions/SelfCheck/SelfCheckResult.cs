namespace AutoRemediate.Functions.SelfCheck;

/// <summary>What the self-check proved: probes ran, the durable timer fired, and the external event arrived.</summary>
internal sealed record SelfCheckResult(IReadOnlyList<ProbeResult> Probes, bool EventReceived, string Verdict);
