using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.ContainerApps;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Durable;
using AutoRemediate.Runbooks.Actions;
using Azure.Core;

namespace AutoRemediate.Runbooks.ScaleOut;

/// <summary>Sets an absolute capacity (idempotent: a retried activity sets the same value) and waits for the operation.</summary>
internal sealed class SetCapacityActivity(
    IComputeClient compute, IAppServiceClient appService, IContainerAppsClient containerApps, IAzureDryRun dryRun, TimeProvider time)
    : TaskActivity<CapacityOrder, AzureStepResult>
{
    public const string Name = "RunbookSetCapacity";

    public override Task<AzureStepResult> RunAsync(TaskActivityContext context, CapacityOrder input, CancellationToken cancellationToken)
    {
        var session = input.DryRun ? dryRun.Begin() : null;
        var id = new ResourceIdentifier(input.ScaledResource);
        return AzureCall.RunAsync(time, session, () => input.Kind switch
        {
            CapacityKind.ScaleSet => (session?.Compute ?? compute).SetCapacityAsync(id, input.Capacity, cancellationToken),
            CapacityKind.AppServicePlan => (session?.AppService ?? appService).SetWorkerCountAsync(id, input.Capacity, cancellationToken),
            CapacityKind.ContainerApp => (session?.ContainerApps ?? containerApps).SetMinReplicasAsync(id, input.Capacity, cancellationToken),
            _ => throw new ArgumentException($"{input.ScaledResource} is not a resource the scale-out runbook can scale.", nameof(input)),
        });
    }
}
