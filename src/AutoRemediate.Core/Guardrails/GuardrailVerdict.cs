namespace AutoRemediate.Core.Guardrails;

/// <summary>What one guardrail decided and why. Recorded for every guardrail on every evaluation, passes included.</summary>
/// <param name="Name">The guardrail, e.g. <c>cooldown</c>.</param>
/// <param name="Outcome">Its verdict.</param>
/// <param name="Reason">A sentence an on-call engineer can act on, e.g. "last restart of … was 3 h ago, cooldown 30 min".</param>
public sealed record GuardrailVerdict(string Name, GuardrailOutcome Outcome, string Reason)
{
    /// <summary>"name: reason", the form used in audit lines.</summary>
    public override string ToString() => $"{Name}: {Reason}";
}
