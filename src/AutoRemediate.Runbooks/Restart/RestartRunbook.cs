using AutoRemediate.Core.Bindings;
using AutoRemediate.Runbooks.Actions;
using AutoRemediate.Runbooks.Verification;
using Azure.Core;

namespace AutoRemediate.Runbooks.Restart;

/// <summary>
/// Restarts each target: an App Service site or slot, a VM, a container app revision, or a scale set as a rolling
/// restart in batches within the blast radius, waiting for each batch to be healthy before the next. Then runs the
/// binding's verification; a restart cannot be rolled back, so a failed check escalates.
/// </summary>
/// <remarks>WARNING: orchestration code (see <see cref="IRunbook"/>); the order of its steps is part of in-flight histories.</remarks>
internal sealed partial class RestartRunbook : IRunbook
{
    public const string RunbookName = "restart";

    public string Name => RunbookName;

    public RunbookRisk Risk => RunbookRisk.Medium;

    public IReadOnlyList<string> AzureActions { get; } =
    [
        "Microsoft.Web/sites/restart/action",
        "Microsoft.Web/sites/read",
        "Microsoft.Compute/virtualMachines/read",
        "Microsoft.Web/sites/slots/restart/action",
        "Microsoft.Compute/virtualMachines/restart/action",
        "Microsoft.Compute/virtualMachineScaleSets/restart/action",
        "Microsoft.Compute/virtualMachineScaleSets/virtualMachines/read",
        "Microsoft.App/containerApps/read",
        "Microsoft.App/containerApps/revisions/restart/action",
        "Microsoft.Insights/metrics/read",
        "Microsoft.OperationalInsights/workspaces/query/read",
    ];

    public async Task<RunbookResult> RunAsync(RunbookExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var input = execution.Input;
        var parameters = RestartParameters.From(input);
        if (input.Targets.Count == 0)
        {
            return await RunbookEnds.EscalateAsync(execution, "no-target", null, "the alert names no resource to restart; nothing was changed");
        }

        var unsupported = input.Targets.FirstOrDefault(t => RestartTargetKinds.Of(t) == RestartTargetKind.Unsupported);
        if (unsupported is not null)
        {
            return await RunbookEnds.EscalateAsync(
                execution, "unsupported-target", unsupported, $"{unsupported} is not a web app, slot, VM, scale set or container app; nothing was changed");
        }

        for (var index = 0; index < input.Targets.Count; index++)
        {
            var target = input.Targets[index];
            var step = input.Targets.Count == 1 ? "restart" : $"restart-{index + 1}";
            if (await RestartAsync(execution, parameters, target, step) is { } stopped)
            {
                return stopped;
            }
        }

        foreach (var target in input.Targets)
        {
            var verdict = await RunbookVerifier.VerifyAsync(execution, target);
            if (!verdict.Passed)
            {
                // A restart has nothing to roll back to: hand the still-failing resource to a person.
                return await RunbookEnds.FailAsync(execution, "verification-failed", target, $"restarted, but {verdict.Summary}");
            }
        }

        var restarted = string.Join(", ", input.Targets.Select(Display));
        return new RunbookResult(
            RunbookOutcome.Succeeded,
            input.DryRun ? $"dry run: recorded the restart of {restarted}; nothing was changed" : $"restarted {restarted} and verified");
    }

    /// <returns>Null to go on; the runbook's end when it must stop.</returns>
    private static async Task<RunbookResult?> RestartAsync(RunbookExecution execution, RestartParameters parameters, string target, string step)
    {
        var kind = RestartTargetKinds.Of(target);
        var dryRun = execution.Input.DryRun;
        if (kind == RestartTargetKind.ScaleSet)
        {
            return await RollingRestartAsync(execution, parameters, target);
        }

        string? revision = null;
        if (kind == RestartTargetKind.ContainerApp)
        {
            revision = parameters.Revision ?? await execution.Context.CallActivityAsync<string?>(LatestRevisionActivity.Name, target);
            if (revision is null)
            {
                return await RunbookEnds.EscalateAsync(execution, $"{step}-no-revision", target, $"{Display(target)} reports no ready revision to restart; nothing was changed");
            }
        }

        var what = revision is null ? $"restart {Display(target)}" : $"restart revision {revision} of {Display(target)}";
        var result = await AzureStep.RunAsync(
            execution, step, target, what, RestartActivity.Name, new RestartOrder(target, kind, null, revision, parameters.SoftRestart, dryRun));
        return result.Succeeded ? null : await RunbookEnds.FailAsync(execution, $"{step}-failed", target, $"could not {what}: {result.Error}");
    }

    private static string Display(string target) => new ResourceIdentifier(target).Name;
}
