namespace AutoRemediate.Core.Guardrails.State;

/// <summary>One stored guardrail row; see the derived records.</summary>
public abstract record GuardrailRow;
