using System.Text.Json;
using AutoRemediate.Durable.Client;

namespace AutoRemediate.Functions.Remediation;

/// <summary><see cref="IRemediationStarter"/> over the durable engine's client.</summary>
internal sealed class DurableRemediationStarter(DurableTaskClient client) : IRemediationStarter
{
    public async Task<bool> StartAsync(RemediationRequest request, CancellationToken cancellationToken)
    {
        var result = await client.ScheduleNewOrchestrationInstanceAsync(RemediationOrchestration.Name, request, request.InstanceId, cancellationToken);
        return !result.AlreadyExisted;
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
                metadata.CompletedAt,
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
