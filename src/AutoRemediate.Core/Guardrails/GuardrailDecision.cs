using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails;

/// <summary>The engine's answer for one proposed remediation: what to do, every verdict, and how to run it.</summary>
public sealed record GuardrailDecision
{
    /// <summary>The combined decision (see <see cref="GuardrailEngine"/> for the combination rule).</summary>
    public required DecisionOutcome Outcome { get; init; }

    /// <summary>Every guardrail's verdict, in evaluation order (<see cref="GuardrailEngine.EvaluationOrder"/>).</summary>
    public required IReadOnlyList<GuardrailVerdict> Verdicts { get; init; }

    /// <summary>True when actions must be recorded but not executed; carried through whatever the outcome.</summary>
    public required bool DryRun { get; init; }

    /// <summary>One line for the audit log and the notification, naming every guardrail that did not pass.</summary>
    public required string Summary { get; init; }

    /// <summary>The approval policy to apply when <see cref="Outcome"/> is <see cref="DecisionOutcome.ProceedAfterApproval"/>, else null.</summary>
    public ApprovalPolicy? Approval { get; init; }

    /// <summary>Targets in the order and batches to act on (one batch unless the blast radius guardrail split the run).</summary>
    public required IReadOnlyList<IReadOnlyList<AzureResourceId>> Batches { get; init; }

    /// <summary>The binding id, version and file hash the decision was made under, for the audit log.</summary>
    public required string BindingVersion { get; init; }

    /// <summary>The snapshot time the decision was made at.</summary>
    public required DateTimeOffset EvaluatedAt { get; init; }
}
