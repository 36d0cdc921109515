namespace AutoRemediate.Core.Guardrails;

/// <summary>One guardrail's verdict.</summary>
public enum GuardrailOutcome
{
    /// <summary>Nothing against running.</summary>
    Pass,

    /// <summary>The run must not happen now.</summary>
    Block,

    /// <summary>The run may happen once a human approves.</summary>
    RequireApproval,

    /// <summary>Automation must stop for this alert and a human must be paged.</summary>
    Escalate,
}
