namespace AutoRemediate.Core.Guardrails;

/// <summary>Caps how often a runbook runs per sliding hour, across all bindings and resources.</summary>
internal sealed class RateLimitGuardrail : IGuardrail
{
    public string Name => "rate-limit";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        var runbook = request.Plan.Runbook;
        var limit = request.Binding.Guardrails.MaxRunsPerHour;
        var runs = request.Context.RunsInLastHour.GetValueOrDefault(runbook);
        return runs >= limit
            ? new(Name, GuardrailOutcome.Block, $"runbook '{runbook}' ran {runs} time(s) in the last hour; the limit is {limit}")
            : new(Name, GuardrailOutcome.Pass, $"runbook '{runbook}' ran {runs} time(s) in the last hour; the limit is {limit}");
    }
}
