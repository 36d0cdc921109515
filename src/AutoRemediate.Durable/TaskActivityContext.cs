namespace AutoRemediate.Durable;

/// <summary>What an activity knows about the call it serves.</summary>
/// <param name="Name">The registered activity name.</param>
/// <param name="InstanceId">The orchestration instance that scheduled it.</param>
/// <param name="TaskId">The scheduling event id; stable across re-runs of the same call (useful as an idempotency key).</param>
public sealed record TaskActivityContext(string Name, string InstanceId, int TaskId);
