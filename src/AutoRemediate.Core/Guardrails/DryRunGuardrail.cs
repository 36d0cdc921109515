namespace AutoRemediate.Core.Guardrails;

/// <summary>Records whether actions will be executed. Never blocks: a dry run goes through every other guardrail unchanged.</summary>
internal sealed class DryRunGuardrail : IGuardrail
{
    public string Name => "dry-run";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        if (request.Context.DryRun)
        {
            return new(Name, GuardrailOutcome.Pass, "dry run: actions will be recorded, not executed (global dry-run mode is on)");
        }

        return request.Binding.DryRun
            ? new(Name, GuardrailOutcome.Pass, "dry run: actions will be recorded, not executed")
            : new(Name, GuardrailOutcome.Pass, $"live run: binding '{request.Binding.Id}' opted out of dry run; actions will be executed");
    }
}
