using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.Worker;

/// <summary>One committed turn.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="WorkerId">The worker that held the lease.</param>
/// <param name="StartedAt">Read just after the lease was acquired.</param>
/// <param name="EndedAt">Read just before the commit was sent; the turn committed after it.</param>
/// <param name="RuntimeStatus">The status the turn committed.</param>
/// <param name="NewEventCount">How many history events it appended.</param>
public sealed record OrchestrationTurnRecord(
    string InstanceId, string WorkerId, DateTimeOffset StartedAt, DateTimeOffset EndedAt, OrchestrationRuntimeStatus RuntimeStatus, int NewEventCount);
