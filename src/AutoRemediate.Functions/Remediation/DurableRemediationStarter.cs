using System.Text.Json;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Functions.Engine;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AutoRemediate.Functions.Remediation;

/// <summary><see cref="IRemediationStarter"/> over the durable engine's client.</summary>
internal sealed class DurableRemediationStarter(DurableTaskClient client, IStartClaims claims) : IRemediationStarter
{
    /// <summary>A claim this old with no instance behind it is taken over: its holder failed, or the instance was purged.</summary>
    internal static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(1);

    /// <remarks>
    /// The claim decides which delivery is first; the engine's deduplication makes every start of one id one execution,
    /// so a delivery that lost the claim still makes sure the instance exists (its holder may have failed before
    /// starting it) without calling itself the starter.
    /// </remarks>
    public async Task<bool> StartAsync(RemediationRequest request, CancellationToken cancellationToken)
    {
        var id = request.InstanceId;
        if (!await claims.TryClaimAsync(id, cancellationToken))
        {
            if (await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is not null)
            {
                return false;
            }

            if (!await claims.TryReclaimAsync(id, StaleClaim, cancellationToken))
            {
                await ScheduleAsync(request, cancellationToken);
                return false;
            }
        }

        try
        {
            return await ScheduleAsync(request, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Not acked: the sender delivers again, and that delivery should find the claim free (a claim left behind
            // only makes it answer "already existed" for a minute; the start itself still happens).
            await ReleaseQuietlyAsync(id);
            throw;
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

    private async Task ReleaseQuietlyAsync(string id)
    {
        try
        {
            await claims.ReleaseAsync(id, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Storage is down for this too; the claim goes stale and is taken over after StaleClaim.
        }
    }

    /// <summary>Starts the instance; false when it existed already.</summary>
    private async Task<bool> ScheduleAsync(RemediationRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(RemediationOrchestration.Name, request, new StartOrchestrationOptions(request.InstanceId), cancellationToken);
            return true;
        }
        catch (InvalidOperationException) when (!cancellationToken.IsCancellationRequested)
        {
            // The engine refuses an id whose instance exists; anything else is not an ack.
            if (await client.GetInstanceAsync(request.InstanceId, getInputsAndOutputs: false, cancellationToken) is null)
            {
                throw;
            }

            return false;
        }
    }

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
