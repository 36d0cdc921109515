using System.Globalization;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Limits how much one remediation touches. More targets than <c>maxTargetsPerRun</c> always blocks. Above
/// <c>maxFleetSharePercent</c> of the fleet, <c>onExceed: block</c> blocks and <c>onExceed: split</c> passes with
/// sequential batches that each stay within the share (see <see cref="GuardrailDecision.Batches"/>). When a share
/// is configured but the fleet size is unknown, a human must confirm (RequireApproval).
/// </summary>
internal sealed class BlastRadiusGuardrail : IGuardrail
{
    public string Name => "blast-radius";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        var settings = request.Binding.Guardrails.BlastRadius;
        var count = request.Plan.Targets.Count;
        var fleet = request.Context.FleetSize;

        if (count > settings.MaxTargetsPerRun)
        {
            return new(Name, GuardrailOutcome.Block, $"the plan touches {count} targets; the binding allows at most {settings.MaxTargetsPerRun} per run");
        }

        if (settings.MaxFleetSharePercent is not { } percent)
        {
            return new(Name, GuardrailOutcome.Pass, $"the plan touches {count} of at most {settings.MaxTargetsPerRun} target(s) per run; no fleet-share limit configured");
        }

        if (fleet is not > 0)
        {
            var why = request.Context.FleetSizeUnknownReason is { } reason ? $" ({reason})" : string.Empty;
            return new(Name, GuardrailOutcome.RequireApproval, $"the fleet size is unknown{why}, so the {percent}% fleet-share limit cannot be checked; a human must confirm the blast radius of {count} target(s)");
        }

        var batch = settings.MaxBatchSize(fleet)!.Value;
        var share = $"{count} of {fleet} resources ({(count * 100.0 / fleet.Value).ToString("0.#", CultureInfo.InvariantCulture)}%)";
        if (count <= batch)
        {
            return new(Name, GuardrailOutcome.Pass, $"the plan touches {share}; within {percent}% of the fleet ({batch} per batch) and {settings.MaxTargetsPerRun} per run");
        }

        return settings.OnExceed == BlastRadiusAction.Split
            ? new(Name, GuardrailOutcome.Pass, $"the plan touches {share}, more than {percent}% ({batch}); split into {(count + batch - 1) / batch} sequential batches of at most {batch}")
            : new(Name, GuardrailOutcome.Block, $"the plan touches {share}; the binding allows {percent}% of the fleet ({batch}) per batch");
    }
}
