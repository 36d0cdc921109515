using Microsoft.DurableTask.Client;

namespace AutoRemediate.Functions.Engine;

/// <summary>The few client operations the app needs in a shape the engine's client does not offer directly.</summary>
internal static class DurableTaskClientExtensions
{
    private static readonly OrchestrationRuntimeStatus[] Ended =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    /// <summary>When the instance ended: its last update once it is Completed, Failed or Terminated.</summary>
    public static DateTimeOffset? CompletedAt(this OrchestrationMetadata instance) =>
        instance.IsCompleted ? instance.LastUpdatedAt : null;

    /// <summary>Waits at most <paramref name="timeout"/> for the instance to end; <see cref="TimeoutException"/> when it has not.</summary>
    public static async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        this DurableTaskClient client, string instanceId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Instance '{instanceId}' did not end within {timeout}.");
        }
    }

    /// <summary>Purges every ended instance created before <paramref name="cutoff"/>; returns how many were purged.</summary>
    public static async Task<int> PurgeEndedBeforeAsync(this DurableTaskClient client, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var result = await client.PurgeAllInstancesAsync(new PurgeInstancesFilter(CreatedFrom: null, CreatedTo: cutoff, Statuses: Ended), cancellation: cancellationToken);
        return result.PurgedInstanceCount;
    }
}
