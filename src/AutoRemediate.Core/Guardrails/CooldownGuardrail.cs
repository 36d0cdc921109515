using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Guardrails;

/// <summary>A runbook may not run again on the same resource before its cooldown has passed.</summary>
internal sealed class CooldownGuardrail : IGuardrail
{
    public string Name => "cooldown";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        var runbook = request.Plan.Runbook;
        var cooldown = request.Binding.Guardrails.Cooldown;
        var now = request.Context.Now;
        var blocked = new List<string>();
        var passed = new List<string>();

        foreach (var target in request.Plan.Targets)
        {
            var last = request.Context.LastRuns
                .Where(r => string.Equals(r.Runbook, runbook, StringComparison.Ordinal)
                    && string.Equals(r.ResourceId, target.Normalized, StringComparison.OrdinalIgnoreCase))
                .Select(r => (DateTimeOffset?)r.At)
                .Max();

            if (last is not { } at)
            {
                passed.Add($"{runbook} has not run on {target} before, cooldown {DurationText.Format(cooldown)}");
            }
            else if (now - at < cooldown)
            {
                blocked.Add($"blocked {runbook} of {target}: last run {DurationText.Format(now - at)} ago, cooldown {DurationText.Format(cooldown)}");
            }
            else
            {
                passed.Add($"last {runbook} of {target} was {DurationText.Format(now - at)} ago, cooldown {DurationText.Format(cooldown)}");
            }
        }

        return blocked.Count > 0
            ? new(Name, GuardrailOutcome.Block, string.Join("; ", blocked))
            : new(Name, GuardrailOutcome.Pass, passed.Count == 0 ? "no targets to cool down" : string.Join("; ", passed));
    }
}
