using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// If the alert keeps coming back after being remediated, the runbook is not fixing the cause: stop automating
/// this alert and escalate to a human.
/// </summary>
internal sealed class FlapDetectionGuardrail : IGuardrail
{
    public string Name => "flap-detection";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        var settings = request.Binding.Guardrails.FlapDetection;
        var now = request.Context.Now;
        var recent = request.Context.RefiringsAfterRemediation.Count(at => at > now - settings.Window && at <= now);
        var window = DurationText.Format(settings.Window);
        var rule = request.Alert.RuleName;

        return recent >= settings.Count
            ? new(Name, GuardrailOutcome.Escalate, $"'{rule}' fired again {recent} time(s) within {window} after remediation (limit {settings.Count}); the runbook is not fixing the cause, so automation stops for this alert and on-call is paged")
            : new(Name, GuardrailOutcome.Pass, $"'{rule}' fired again {recent} time(s) within {window} after remediation; escalates at {settings.Count}");
    }
}
