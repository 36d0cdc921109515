using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.ContainerApps;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Durable;
using AutoRemediate.Runbooks.Actions;
using Azure.Core;

namespace AutoRemediate.Runbooks.Restart;

/// <summary>
/// Sends one restart (site or slot, VM, a batch of scale set instances, a container app revision) and waits for its
/// long-running operation; in a dry run the same clients record the request instead.
/// </summary>
/// <remarks>At least once: a crash after Azure accepted the restart but before the result was saved restarts again.</remarks>
internal sealed class RestartActivity(
    IAppServiceClient appService, IComputeClient compute, IContainerAppsClient containerApps, IAzureDryRun dryRun, TimeProvider time)
    : TaskActivity<RestartOrder, AzureStepResult>
{
    public const string Name = "RunbookRestart";

    public override Task<AzureStepResult> RunAsync(TaskActivityContext context, RestartOrder input, CancellationToken cancellationToken)
    {
        var session = input.DryRun ? dryRun.Begin() : null;
        var sites = session?.AppService ?? appService;
        var vms = session?.Compute ?? compute;
        var apps = session?.ContainerApps ?? containerApps;
        var id = new ResourceIdentifier(input.Target);
        return AzureCall.RunAsync(time, session, () => input.Kind switch
        {
            RestartTargetKind.Site or RestartTargetKind.Slot => sites.RestartAsync(id, input.SoftRestart, cancellationToken),
            RestartTargetKind.VirtualMachine => vms.RestartVirtualMachineAsync(id, cancellationToken),
            RestartTargetKind.ScaleSet => vms.RestartInstancesAsync(id, input.InstanceIds ?? [], cancellationToken),
            RestartTargetKind.ContainerApp => apps.RestartRevisionAsync(id, input.Revision!, cancellationToken),
            _ => throw new ArgumentException($"{input.Target} is not a resource the restart runbook can restart.", nameof(input)),
        });
    }
}
