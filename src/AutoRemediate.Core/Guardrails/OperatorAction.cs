namespace AutoRemediate.Core.Guardrails;

/// <summary>Who changed guardrail state by hand, why and when (kept with the state and audited by the caller).</summary>
/// <param name="Actor">The operator's identity (sign-in name).</param>
/// <param name="Reason">Why, in their words.</param>
/// <param name="At">When.</param>
public sealed record OperatorAction(string Actor, string Reason, DateTimeOffset At);
