using Microsoft.DurableTask;
using AutoRemediate.Runbooks.Actions;
using Azure.Core;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Runbooks.Restart;

/// <summary>
/// Sends one restart (site or slot, VM, a batch of scale set instances, a container app revision) and waits for its
/// long-running operation; in a dry run the same clients record the request instead.
/// </summary>
/// <remarks>At least once: a crash after Azure accepted the restart but before the result was saved restarts again.</remarks>
internal sealed class RestartActivity(RunbookActuators actuators, ILogger<RestartActivity> logger) : TaskActivity<RestartOrder, AzureStepResult>
{
    public const string Name = "RunbookRestart";

    public override Task<AzureStepResult> RunAsync(TaskActivityContext context, RestartOrder input)
    {
        var id = new ResourceIdentifier(input.Target);
        return actuators.ChangeAsync(context, logger, input.DryRun, (sites, vms, apps) => input.Kind switch
        {
            RestartTargetKind.Site or RestartTargetKind.Slot => sites.RestartAsync(id, input.SoftRestart, CancellationToken.None),
            RestartTargetKind.VirtualMachine => vms.RestartVirtualMachineAsync(id, CancellationToken.None),
            RestartTargetKind.ScaleSet => vms.RestartInstancesAsync(id, input.InstanceIds ?? [], CancellationToken.None),
            RestartTargetKind.ContainerApp => apps.RestartRevisionAsync(id, input.Revision!, CancellationToken.None),
            _ => throw new ArgumentException($"{input.Target} is not a resource the restart runbook can restart.", nameof(input)),
        });
    }
}
