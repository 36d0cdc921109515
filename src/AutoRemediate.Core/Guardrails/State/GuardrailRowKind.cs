namespace AutoRemediate.Core.Guardrails.State;

/// <summary>The kinds of stored guardrail rows.</summary>
internal enum GuardrailRowKind
{
    /// <summary>The one global row: kill switch and running remediations.</summary>
    Global = 1,

    /// <summary>Per runbook: starts in the sliding hour and the circuit breaker.</summary>
    Runbook = 2,

    /// <summary>Per runbook and resource: the last start (cooldown).</summary>
    Cooldown = 3,

    /// <summary>Per flap key: the last remediation and the re-firings after it.</summary>
    Flap = 4,
}
