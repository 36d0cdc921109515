namespace AutoRemediate.Core.Guardrails.State;

/// <summary>One stored guardrail row; see the derived records.</summary>
internal abstract record GuardrailRow;
