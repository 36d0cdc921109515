using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>What the orchestrator needs of a <see cref="GuardrailDecision"/>, plus the plan it was made on.</summary>
/// <param name="Outcome">The combined decision.</param>
/// <param name="Verdicts">Every guardrail's verdict in evaluation order.</param>
/// <param name="Summary">The decision's one-line summary.</param>
/// <param name="DryRun">Binding or global dry run.</param>
/// <param name="Approval">The approval policy when approval is needed.</param>
/// <param name="Operations">The plan's operations.</param>
/// <param name="Targets">The plan's targets, normalised.</param>
internal sealed record GuardrailEvaluation(
    DecisionOutcome Outcome,
    IReadOnlyList<GuardrailVerdict> Verdicts,
    string Summary,
    bool DryRun,
    ApprovalPolicy? Approval,
    IReadOnlyList<string> Operations,
    IReadOnlyList<string> Targets)
{
    public static GuardrailEvaluation From(GuardrailDecision decision, RemediationPlan plan) =>
        new(decision.Outcome, decision.Verdicts, decision.Summary, decision.DryRun, decision.Approval, plan.Operations, [.. plan.Targets.Select(t => t.Normalized)]);
}
