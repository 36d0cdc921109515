using Microsoft.DurableTask;
using AutoRemediate.Runbooks.Actions;
using Azure.Core;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Runbooks.ScaleOut;

/// <summary>Sets an absolute capacity (idempotent: a retried activity sets the same value) and waits for the operation.</summary>
internal sealed class SetCapacityActivity(RunbookActuators actuators, ILogger<SetCapacityActivity> logger) : TaskActivity<CapacityOrder, AzureStepResult>
{
    public const string Name = "RunbookSetCapacity";

    public override Task<AzureStepResult> RunAsync(TaskActivityContext context, CapacityOrder input)
    {
        var id = new ResourceIdentifier(input.ScaledResource);
        return actuators.ChangeAsync(context, logger, input.DryRun, (sites, vms, apps) => input.Kind switch
        {
            CapacityKind.ScaleSet => vms.SetCapacityAsync(id, input.Capacity, CancellationToken.None),
            CapacityKind.AppServicePlan => sites.SetWorkerCountAsync(id, input.Capacity, CancellationToken.None),
            CapacityKind.ContainerApp => apps.SetMinReplicasAsync(id, input.Capacity, CancellationToken.None),
            _ => throw new ArgumentException($"{input.ScaledResource} is not a resource the scale-out runbook can scale.", nameof(input)),
        });
    }
}
