namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Caps remediations running at once across the installation, so a broad outage does not turn into a storm of
/// simultaneous changes. Blocked runs may be re-evaluated later by the orchestration.
/// </summary>
internal sealed class ConcurrencyGuardrail : IGuardrail
{
    public string Name => "concurrency";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        var running = request.Context.RunningRemediations;
        var limit = request.Context.MaxConcurrentRemediations;
        return running >= limit
            ? new(Name, GuardrailOutcome.Block, $"{running} remediation(s) are running; the global limit is {limit}")
            : new(Name, GuardrailOutcome.Pass, $"{running} remediation(s) are running; the global limit is {limit}");
    }
}
