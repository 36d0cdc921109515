namespace AutoRemediate.Core.Audit;

/// <summary>What an audit record describes.</summary>
/// <remarks>
/// WARNING: append-only. The member name is part of every record's canonical form (and so of its hash), and the
/// number is what tooling may persist: never rename, renumber or remove a member, or stored chains stop verifying.
/// Add new kinds at the end with the next number.
/// </remarks>
public enum AuditRecordKind
{
    /// <summary>An alert notification was received and accepted.</summary>
    Received = 1,

    /// <summary>A redelivered notification was recognised as a duplicate and dropped.</summary>
    Deduplicated = 2,

    /// <summary>The alert matched a runbook binding.</summary>
    Matched = 3,

    /// <summary>No binding matched the alert.</summary>
    Unmatched = 4,

    /// <summary>The guardrail engine decided (the details carry every guardrail's verdict).</summary>
    GuardrailVerdict = 5,

    /// <summary>A human approval was requested.</summary>
    ApprovalRequested = 6,

    /// <summary>An approver approved or rejected.</summary>
    ApprovalDecided = 7,

    /// <summary>An approval request timed out.</summary>
    ApprovalExpired = 8,

    /// <summary>A runbook action started against a resource.</summary>
    ActionStarted = 9,

    /// <summary>A runbook action succeeded.</summary>
    ActionSucceeded = 10,

    /// <summary>A runbook action failed.</summary>
    ActionFailed = 11,

    /// <summary>The runbook checked whether its action fixed the problem.</summary>
    Verification = 12,

    /// <summary>The remediation was handed to a human (paged, ticket opened).</summary>
    Escalated = 13,

    /// <summary>The remediation's final outcome.</summary>
    Outcome = 14,

    /// <summary>The remediation was cancelled (resolved alert, operator, kill switch).</summary>
    Cancelled = 15,

    /// <summary>A repeat firing was folded into the remediation already running for it.</summary>
    Folded = 16,

    /// <summary>A watchdog found the remediation stuck and acted.</summary>
    WatchdogFired = 17,

    /// <summary>An operator changed guardrail state (kill switch, circuit breaker reset).</summary>
    OperatorAction = 18,

    /// <summary>A decision on an approval request was refused because the person may not decide on it (not among the binding's approvers).</summary>
    ApprovalRefused = 19,
}
