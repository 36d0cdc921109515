using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.ContainerApps;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.Requests;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Runbooks.Actions;

/// <summary>
/// The mutating Azure clients a runbook activity acts through: the live ones, or a fresh dry-run session's (live reads,
/// recorded changes), so one activity body serves both modes and the dry run records exactly what a live run sends.
/// </summary>
internal sealed class RunbookActuators(
    IAppServiceClient appService, IComputeClient compute, IContainerAppsClient containerApps, IAzureDryRun dryRun, TimeProvider time)
{
    /// <summary>Runs one change with the clients for <paramref name="dryRunOnly"/> and reports it as an <see cref="AzureStepResult"/>.</summary>
    public Task<AzureStepResult> ChangeAsync(
        TaskActivityContext context, ILogger logger, bool dryRunOnly, Func<IAppServiceClient, IComputeClient, IContainerAppsClient, Task<AzureActionResult>> change)
    {
        var session = dryRunOnly ? dryRun.Begin() : null;
        return AzureCall.RunAsync(
            time, logger, context.InstanceId, session, () => change(session?.AppService ?? appService, session?.Compute ?? compute, session?.ContainerApps ?? containerApps));
    }
}
