using AutoRemediate.Core.Audit;
using AutoRemediate.Runbooks.Actions;

namespace AutoRemediate.Runbooks.ScaleOut;

/// <summary>Holding the added capacity until the alert resolves, then the scale-back to the baseline.</summary>
internal sealed partial class ScaleOutRunbook
{
    private static async Task<RunbookResult> HoldThenScaleBackAsync(RunbookExecution execution, ScaleOutParameters parameters, ScaleOutPlan scale)
    {
        var context = execution.Context;
        var resource = scale.Reading.ScaledResource;
        using (var cancelHold = new CancellationTokenSource())
        {
            var hold = context.CreateTimer(context.CurrentUtcDateTime.Add(parameters.HoldLimit), cancelHold.Token);
            var winner = await Task.WhenAny(execution.AlertResolved, hold);
            // Synchronous cancel: CancelAsync would run the timer's callback on the thread pool, outside the turn.
            cancelHold.Cancel();
            if (winner == hold)
            {
                return await RunbookEnds.EscalateAsync(
                    execution,
                    "hold-limit",
                    resource,
                    $"the alert did not resolve within {parameters.HoldLimit}; {scale.Name} stays at {Count(scale.Desired)} (baseline {Count(scale.Baseline)}); scale it back by hand when the load allows");
            }
        }

        await context.CreateTimer(parameters.CoolDown, CancellationToken.None);
        var current = await context.CallActivityAsync<CapacityReading>(ReadCapacityActivity.Name, execution.Input.Targets[0]);
        if (current.Capacity != scale.Desired)
        {
            // Someone (or an autoscale rule) set the capacity since: their decision wins over our recorded baseline.
            var reason = $"{scale.Name} is at {Count(current.Capacity)}, not the {Count(scale.Desired)} this remediation set: someone changed it after the scale-out, so it is left as is instead of scaling back to {Count(scale.Baseline)}";
            var details = scale.Details();
            details["current"] = Count(current.Capacity);
            await execution.Journal.RecordAsync(new RunbookStep(AuditRecordKind.Cancelled, "scale-back-skipped", $"Scale-back skipped: {reason}.", resource, AzureRequestId: current.RequestId, Details: details));
            return new RunbookResult(RunbookOutcome.Succeeded, $"scaled {scale.Name} from {Count(scale.Baseline)} to {Count(scale.Desired)} and verified; scale-back skipped: {reason}");
        }

        var back = await AzureStep.RunAsync(
            execution,
            "scale-back",
            resource,
            $"scale {scale.Name} back from {Count(scale.Desired)} to the baseline {Count(scale.Baseline)} after the alert resolved and a {parameters.CoolDown} cool-down",
            SetCapacityActivity.Name,
            scale.Order(scale.Baseline, dryRun: false),
            scale.Details());
        return back.Succeeded
            ? new RunbookResult(RunbookOutcome.Succeeded, $"scaled {scale.Name} from {Count(scale.Baseline)} to {Count(scale.Desired)}, verified, and scaled back to {Count(scale.Baseline)} after the alert resolved")
            : await RunbookEnds.EscalateAsync(execution, "scale-back-failed", resource, $"the scale-back of {scale.Name} to {Count(scale.Baseline)} failed ({back.Error}); it stays at {Count(scale.Desired)}");
    }
}
