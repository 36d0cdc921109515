namespace AutoRemediate.Functions.Health;

/// <summary>What <c>/healthz</c> answers: enough for a load balancer and for a person checking a deployment.</summary>
internal sealed record HealthReport(string Status, string Mode, string Version, string Storage, int? WorkQueueBacklog);
