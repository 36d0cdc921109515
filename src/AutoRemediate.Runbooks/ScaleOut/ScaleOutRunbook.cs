using System.Globalization;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Runbooks.Actions;
using AutoRemediate.Runbooks.Verification;
using Azure.Core;

namespace AutoRemediate.Runbooks.ScaleOut;

/// <summary>
/// Adds capacity to a scale set, an App Service plan (directly or behind a site) or a container app's min replicas, by
/// <c>step</c> and never beyond <c>maxInstances</c>; records the baseline; verifies. A failed check rolls back to the
/// baseline and escalates. Otherwise it holds the capacity until the alert resolves and a cool-down passes, then scales
/// back to the baseline, unless someone changed the capacity meanwhile (then it leaves it and audits why).
/// </summary>
/// <remarks>WARNING: orchestration code (see <see cref="IRunbook"/>); the order of its steps is part of in-flight histories.</remarks>
internal sealed partial class ScaleOutRunbook : IRunbook
{
    public const string RunbookName = "scale-out";

    public string Name => RunbookName;

    public RunbookRisk Risk => RunbookRisk.Low;

    public IReadOnlyList<string> AzureActions { get; } =
    [
        "Microsoft.Compute/virtualMachineScaleSets/read",
        "Microsoft.Compute/virtualMachineScaleSets/write",
        "Microsoft.Web/sites/read",
        "Microsoft.Web/serverfarms/read",
        "Microsoft.Web/serverfarms/write",
        "Microsoft.App/containerApps/read",
        "Microsoft.App/containerApps/write",
        "Microsoft.Insights/metrics/read",
        "Microsoft.OperationalInsights/workspaces/query/read",
    ];

    public async Task<RunbookResult> RunAsync(RunbookExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var input = execution.Input;
        var parameters = ScaleOutParameters.From(input);
        if (input.Targets.Count != 1)
        {
            return await RunbookEnds.EscalateAsync(
                execution, "target-count", null, $"scale-out acts on exactly one resource, the alert names {input.Targets.Count}; nothing was changed");
        }

        var target = input.Targets[0];
        if (parameters.Maximum is not { } maximum)
        {
            return await RunbookEnds.EscalateAsync(
                execution, "no-maximum", target, $"binding {input.BindingId} sets no maxInstances; scale-out never runs without a hard maximum; nothing was changed");
        }

        var reading = await execution.Context.CallActivityAsync<CapacityReading>(ReadCapacityActivity.Name, target);
        if (reading.Kind == CapacityKind.Unsupported)
        {
            return await RunbookEnds.EscalateAsync(
                execution, "unsupported-target", target, $"{target} is not a scale set, App Service plan or site on one, or container app; nothing was changed");
        }

        var name = new ResourceIdentifier(reading.ScaledResource).Name;
        var baseline = reading.Capacity;
        if (baseline >= maximum)
        {
            return await RunbookEnds.EscalateAsync(
                execution, "at-maximum", reading.ScaledResource, $"{name} is at {baseline}, the binding's maximum is {maximum}; nothing was changed");
        }

        var desired = Math.Min(baseline + parameters.Step, maximum);
        var scale = new ScaleOutPlan(reading, name, baseline, desired, maximum);
        var result = await AzureStep.RunAsync(
            execution, "scale-out", reading.ScaledResource, $"scale {name} from {baseline} to {desired}", SetCapacityActivity.Name, scale.Order(desired, input.DryRun), scale.Details());
        if (!result.Succeeded)
        {
            return await RunbookEnds.FailAsync(execution, "scale-out-failed", reading.ScaledResource, $"could not scale {name} from {baseline} to {desired}: {result.Error}");
        }

        var verdict = await RunbookVerifier.VerifyAsync(execution, target);
        if (!verdict.Passed)
        {
            var rollback = await AzureStep.RunAsync(
                execution, "rollback", reading.ScaledResource, $"roll {name} back from {desired} to the baseline {baseline}", SetCapacityActivity.Name, scale.Order(baseline, input.DryRun), scale.Details());
            var after = rollback.Succeeded ? $"rolled back to the baseline {baseline}" : $"the rollback to {baseline} failed ({rollback.Error}): {name} is still at {desired}";
            return await RunbookEnds.FailAsync(execution, "verification-failed", reading.ScaledResource, $"{verdict.Summary} {after}");
        }

        if (input.DryRun)
        {
            return new RunbookResult(
                RunbookOutcome.Succeeded,
                $"dry run: recorded scaling {name} from {baseline} to {desired} (maximum {maximum}) and the scale-back to {baseline} after the alert resolves; nothing was changed");
        }

        return parameters.ScaleBack
            ? await HoldThenScaleBackAsync(execution, parameters, scale)
            : new RunbookResult(RunbookOutcome.Succeeded, $"scaled {name} from {baseline} to {desired} and verified; the binding turns scale-back off");
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
