using Microsoft.DurableTask.Client;

namespace AutoRemediate.Functions.Remediation;

/// <summary>What the webhook can see of a remediation: its lifecycle and what started it.</summary>
/// <param name="InstanceId">The orchestration instance id.</param>
/// <param name="RuntimeStatus">Pending, Running, Completed, Failed or Terminated.</param>
/// <param name="StartedBy">The notification that started it, or null when its input is not a <see cref="RemediationRequest"/>.</param>
/// <param name="CreatedAt">When it was scheduled.</param>
/// <param name="LastUpdatedAt">When its last turn committed.</param>
/// <param name="CompletedAt">When it ended, if it has.</param>
/// <param name="CustomStatusJson">The custom status the orchestration set last, as JSON.</param>
/// <param name="OutputJson">Its output (or failure reason) as JSON, once it has ended.</param>
internal sealed record RemediationInstance(
    string InstanceId,
    OrchestrationRuntimeStatus RuntimeStatus,
    RemediationRequest? StartedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    DateTimeOffset? CompletedAt,
    string? CustomStatusJson,
    string? OutputJson)
{
    /// <summary>True once it is Completed, Failed or Terminated: events raised now would be ignored.</summary>
    public bool HasEnded => RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated;
}
