using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Guardrails;

/// <summary>The operator's global stop: when engaged, nothing runs.</summary>
internal sealed class KillSwitchGuardrail : IGuardrail
{
    public string Name => "kill-switch";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        var state = request.Context.KillSwitch;
        if (!state.Engaged)
        {
            return new(Name, GuardrailOutcome.Pass, "kill switch is off");
        }

        var by = state.EngagedBy is null ? string.Empty : $" by {state.EngagedBy}";
        var since = state.EngagedAt is { } at ? $" since {DurationText.Timestamp(at)}" : string.Empty;
        var why = string.IsNullOrWhiteSpace(state.Reason) ? string.Empty : $" ({state.Reason})";
        return new(Name, GuardrailOutcome.Block, $"kill switch is engaged{by}{since}{why}; all automated remediation is stopped");
    }
}
