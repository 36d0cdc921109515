namespace AutoRemediate.Core.Guardrails;

/// <summary>The overall decision, combined from all verdicts.</summary>
public enum DecisionOutcome
{
    /// <summary>Every guardrail passed: run (or record, in dry run).</summary>
    Proceed,

    /// <summary>Run once the approval policy is satisfied.</summary>
    ProceedAfterApproval,

    /// <summary>Do not run; the reasons say what to change or wait for.</summary>
    Blocked,

    /// <summary>Do not run, stop automating this alert and page a human.</summary>
    Escalate,
}
