using System.Text.Json;
using AutoRemediate.Functions.Engine;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AutoRemediate.Functions.Remediation;

/// <summary><see cref="IRemediationStarter"/> over the durable engine's client.</summary>
internal sealed class DurableRemediationStarter(DurableTaskClient client) : IRemediationStarter
{
    /// <remarks>
    /// Every start is deduplicated by the engine, so concurrent deliveries of one alert make one instance; an id that
    /// already has an instance is reported as not started, so the caller folds the delivery into it.
    /// </remarks>
    public async Task<bool> StartAsync(RemediationRequest request, CancellationToken cancellationToken)
    {
        if (await client.GetInstanceAsync(request.InstanceId, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(RemediationOrchestration.Name, request, new StartOrchestrationOptions(request.InstanceId), cancellationToken);
            return true;
        }
        catch (InvalidOperationException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another delivery started it between the read and the start; anything else is not an ack.
            if (await client.GetInstanceAsync(request.InstanceId, getInputsAndOutputs: false, cancellationToken) is null)
            {
                throw;
            }

            return false;
        }
    }

    public async Task<RemediationInstance?> FindAsync(string instanceId, CancellationToken cancellationToken)
    {
        var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        return metadata is null
            ? null
            : new RemediationInstance(
                metadata.InstanceId,
                metadata.RuntimeStatus,
                ReadRequest(metadata),
                metadata.CreatedAt,
                metadata.LastUpdatedAt,
                metadata.CompletedAt(),
                metadata.SerializedCustomStatus,
                metadata.SerializedOutput);
    }

    public Task RaiseAsync(string instanceId, string eventName, RemediationRequest payload, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);

    private static RemediationRequest? ReadRequest(OrchestrationMetadata metadata)
    {
        try
        {
            return metadata.ReadInputAs<RemediationRequest>();
        }
        catch (JsonException)
        {
            // An instance under this id that some other caller started with another input is still shown; it
            // just cannot be recognised as a redelivery.
            return null;
        }
    }
}
