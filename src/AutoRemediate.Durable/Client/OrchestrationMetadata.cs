using AutoRemediate.Durable.Serialization;
using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.Client;

/// <summary>What a client sees of an instance.</summary>
public sealed record OrchestrationMetadata
{
    /// <summary>The instance id.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The orchestrator name.</summary>
    public required string Name { get; init; }

    /// <summary>The lifecycle status.</summary>
    public required OrchestrationRuntimeStatus RuntimeStatus { get; init; }

    /// <summary>When the instance was scheduled.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the last turn committed.</summary>
    public required DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>When the instance reached a terminal status.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The input JSON (only when inputs and outputs were requested).</summary>
    public string? SerializedInput { get; init; }

    /// <summary>The output JSON, or the termination reason (only when inputs and outputs were requested).</summary>
    public string? SerializedOutput { get; init; }

    /// <summary>The custom status JSON the orchestrator set last.</summary>
    public string? SerializedCustomStatus { get; init; }

    /// <summary>Why the instance failed.</summary>
    public FailureDetails? FailureDetails { get; init; }

    /// <summary>True once the instance is Completed, Failed or Terminated.</summary>
    public bool IsCompleted => RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated;

    /// <summary>The input deserialised as <typeparamref name="T"/>.</summary>
    public T? ReadInputAs<T>() => DurableJson.Deserialize<T>(SerializedInput);

    /// <summary>The output deserialised as <typeparamref name="T"/>.</summary>
    public T? ReadOutputAs<T>() => DurableJson.Deserialize<T>(SerializedOutput);

    /// <summary>The custom status deserialised as <typeparamref name="T"/>.</summary>
    public T? ReadCustomStatusAs<T>() => DurableJson.Deserialize<T>(SerializedCustomStatus);

    internal static OrchestrationMetadata From(InstanceState state, bool includeInputsAndOutputs) => new()
    {
        InstanceId = state.InstanceId,
        Name = state.Name,
        RuntimeStatus = state.RuntimeStatus,
        CreatedAt = state.CreatedAt,
        LastUpdatedAt = state.LastUpdatedAt,
        CompletedAt = state.CompletedAt,
        SerializedInput = includeInputsAndOutputs ? state.Input : null,
        SerializedOutput = includeInputsAndOutputs ? state.Output : null,
        SerializedCustomStatus = state.CustomStatus,
        FailureDetails = state.Failure,
    };
}
