namespace AutoRemediate.Core.Guardrails;

/// <summary>One guardrail: a pure function of the request that always returns a verdict with a reason.</summary>
internal interface IGuardrail
{
    string Name { get; }

    /// <param name="request">What is proposed and the state snapshot.</param>
    /// <param name="earlier">Verdicts of the guardrails evaluated before this one (only the approval policy looks).</param>
    GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier);
}
