namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>Whether the run was recorded as started, and the evaluation the start was decided on.</summary>
internal sealed record RunStart(bool Started, GuardrailEvaluation Evaluation);
