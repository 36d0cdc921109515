using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.ContainerApps;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Resources;
using Microsoft.DurableTask;
using Azure.Core;

namespace AutoRemediate.Runbooks.ScaleOut;

/// <summary>
/// Reads the capacity behind a target: a scale set's instance count, a plan's worker count (a site's plan is found
/// through its <c>serverFarmId</c>), a container app's min replicas. A read, so live in a dry run too.
/// </summary>
internal sealed class ReadCapacityActivity(IComputeClient compute, IAppServiceClient appService, IContainerAppsClient containerApps, IAzureResourceClient resources)
    : TaskActivity<string, CapacityReading>
{
    public const string Name = "RunbookReadCapacity";

    public override async Task<CapacityReading> RunAsync(TaskActivityContext context, string input)
    {
        var id = new ResourceIdentifier(input);
        switch (id.ResourceType.ToString().ToLowerInvariant())
        {
            case "microsoft.compute/virtualmachinescalesets":
                return Reading(CapacityKind.ScaleSet, input, await compute.GetCapacityAsync(id, CancellationToken.None));
            case "microsoft.web/serverfarms":
                return Reading(CapacityKind.AppServicePlan, input, await appService.GetWorkerCountAsync(id, CancellationToken.None));
            case "microsoft.web/sites":
                var site = await resources.GetAsync(id, CancellationToken.None);
                var plan = AppServiceSites.PlanId(site.Value);
                return plan is null
                    ? new CapacityReading(CapacityKind.Unsupported, input, 0, site.RequestIds.RequestId)
                    : Reading(CapacityKind.AppServicePlan, plan, await appService.GetWorkerCountAsync(new ResourceIdentifier(plan), CancellationToken.None));
            case "microsoft.app/containerapps":
                return Reading(CapacityKind.ContainerApp, input, await containerApps.GetMinReplicasAsync(id, CancellationToken.None));
            default:
                return new CapacityReading(CapacityKind.Unsupported, input, 0, null);
        }
    }

    private static CapacityReading Reading(CapacityKind kind, string resource, AzureResult<int> read) => new(kind, resource, read.Value, read.RequestIds.RequestId);
}
