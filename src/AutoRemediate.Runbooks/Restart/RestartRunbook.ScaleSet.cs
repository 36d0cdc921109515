using System.Globalization;
using AutoRemediate.Core.Audit;
using AutoRemediate.Runbooks.Actions;

namespace AutoRemediate.Runbooks.Restart;

/// <summary>The rolling restart of a scale set.</summary>
internal sealed partial class RestartRunbook
{
    /// <summary>
    /// Restarts the instances batch by batch, each batch no larger than <c>batchSize</c>, the blast radius'
    /// <c>maxTargetsPerRun</c> (each instance counts as a target touched), its fleet share of the instances, or the
    /// guardrail's batch limit, and waits (bounded) for the batch to be healthy before the next.
    /// </summary>
    private static async Task<RunbookResult?> RollingRestartAsync(RunbookExecution execution, RestartParameters parameters, string target)
    {
        var input = execution.Input;
        var instances = await execution.Context.CallActivityAsync<IReadOnlyList<InstanceHealth>>(ScaleSetInstancesActivity.Name, target);
        if (instances.Count == 0)
        {
            return await RunbookEnds.EscalateAsync(execution, "restart-no-instances", target, $"{Display(target)} has no instances; nothing was changed");
        }

        var size = BatchSize(input, parameters, instances.Count);
        var batches = instances
            .Select(i => i.InstanceId)
            .OrderBy(id => int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .Chunk(size)
            .ToArray();
        for (var number = 1; number <= batches.Length; number++)
        {
            var batch = batches[number - 1];
            var details = new Dictionary<string, string>
            {
                ["batch"] = $"{number}/{batches.Length}",
                ["batchSize"] = size.ToString(CultureInfo.InvariantCulture),
                ["instances"] = string.Join(",", batch),
            };
            var what = $"restart instances {string.Join(", ", batch)} of {Display(target)} (batch {number} of {batches.Length})";
            var result = await AzureStep.RunAsync(
                execution, $"restart-batch-{number}", target, what, RestartActivity.Name, new RestartOrder(target, RestartTargetKind.ScaleSet, batch, null, false, input.DryRun), details);
            if (!result.Succeeded)
            {
                return await RunbookEnds.FailAsync(
                    execution, "restart-stopped", target, $"batch {number} of {batches.Length} failed ({result.Error}); later batches were not restarted");
            }

            if (!input.DryRun && !await WaitHealthyAsync(execution, parameters, target, batch, number))
            {
                return await RunbookEnds.FailAsync(
                    execution,
                    "restart-stopped",
                    target,
                    $"batch {number} of {batches.Length} was not healthy within {parameters.HealthyWithin}; later batches were not restarted");
            }
        }

        return null;
    }

    private static int BatchSize(RunbookInput input, RestartParameters parameters, int fleet)
    {
        var size = Math.Min(parameters.BatchSize ?? int.MaxValue, input.BlastRadius?.MaxTargetsPerRun ?? 1);
        if (input.MaxBatchSize is { } guardrail)
        {
            size = Math.Min(size, guardrail);
        }

        if (input.BlastRadius is { } blast && blast.MaxBatchSize(fleet) is { } share)
        {
            size = Math.Min(size, share);
        }

        return Math.Max(1, size);
    }

    /// <summary>Polls the instance view on a durable timer until the batch is healthy or the wait is over.</summary>
    private static async Task<bool> WaitHealthyAsync(RunbookExecution execution, RestartParameters parameters, string target, string[] batch, int number)
    {
        var context = execution.Context;
        var started = context.CurrentUtcDateTime;
        var giveUpAt = started.Add(parameters.HealthyWithin);
        while (true)
        {
            var instances = await context.CallActivityAsync<IReadOnlyList<InstanceHealth>>(ScaleSetInstancesActivity.Name, target);
            var members = instances.Where(i => batch.Contains(i.InstanceId, StringComparer.Ordinal)).ToArray();
            var healthy = members.Length == batch.Length && members.All(i => i.Healthy);
            if (healthy || context.CurrentUtcDateTime >= giveUpAt)
            {
                var states = string.Join(", ", members.Select(i => $"{i.InstanceId}={i.State}"));
                await execution.Journal.RecordAsync(new RunbookStep(
                    healthy ? AuditRecordKind.ActionSucceeded : AuditRecordKind.ActionFailed,
                    $"restart-batch-{number}-health",
                    healthy
                        ? $"Batch {number} of {Display(target)} is healthy again ({states})."
                        : $"Batch {number} of {Display(target)} is not healthy after {parameters.HealthyWithin} ({states}).",
                    target,
                    "GET virtualMachines?$expand=instanceView",
                    Duration: context.CurrentUtcDateTime - started,
                    Details: new Dictionary<string, string> { ["instances"] = string.Join(",", batch), ["states"] = states }));
                return healthy;
            }

            var next = context.CurrentUtcDateTime.Add(parameters.PollEvery);
            await context.CreateTimer(next < giveUpAt ? next : giveUpAt, CancellationToken.None);
        }
    }
}
