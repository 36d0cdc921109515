namespace AutoRemediate.Core.Guardrails;

/// <summary>What <see cref="IGuardrailStateStore.ApplyAsync"/> did.</summary>
public enum GuardrailApplyOutcome
{
    /// <summary>Every change was written.</summary>
    Applied = 1,

    /// <summary>The snapshot a start was decided on is stale; nothing was written. Load, evaluate and apply again.</summary>
    Conflict = 2,

    /// <summary>The remediation's start or finish had already been recorded; nothing was written.</summary>
    AlreadyApplied = 3,
}
