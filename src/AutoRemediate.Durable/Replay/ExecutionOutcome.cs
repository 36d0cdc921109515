using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.Replay;

/// <summary>How an execution ended in this turn: completed with output, or failed with details.</summary>
internal sealed record ExecutionOutcome(OrchestrationRuntimeStatus Status, string? Output, FailureDetails? Failure);
