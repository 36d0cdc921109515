using Microsoft.DurableTask;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>Evaluates every guardrail on a fresh snapshot; writes nothing.</summary>
internal sealed class EvaluateGuardrailsActivity(GuardrailEvaluator evaluator) : TaskActivity<GuardrailCheck, GuardrailEvaluation>
{
    public const string Name = "RemediationEvaluateGuardrails";

    public override async Task<GuardrailEvaluation> RunAsync(TaskActivityContext context, GuardrailCheck input)
    {
        var (request, decision, _) = await evaluator.EvaluateAsync(input.Alert, input.BindingId, CancellationToken.None);
        return GuardrailEvaluation.From(decision, request.Plan);
    }
}
