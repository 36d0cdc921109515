namespace AutoRemediate.Core.Guardrails;

/// <summary>One change to guardrail state; see the derived records for what a store must do with each.</summary>
/// <param name="At">When it happened.</param>
public abstract record GuardrailStateChange(DateTimeOffset At);
