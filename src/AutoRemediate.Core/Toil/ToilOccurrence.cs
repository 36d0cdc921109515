namespace AutoRemediate.Core.Toil;

/// <summary>
/// One row of the toil ledger: one alert occurrence and how it ended. Written once when its remediation ends (or by
/// the webhook for a duplicate delivery); <see cref="ResolvedAt"/> may be added later by the alert's resolved notification.
/// </summary>
public sealed record ToilOccurrence
{
    /// <summary>Unique and deterministic: the remediation id, or for a duplicate delivery the remediation id, "~" and the body hash prefix.</summary>
    public required string OccurrenceId { get; init; }

    /// <summary>The remediation (orchestration instance) that handled, or absorbed, the occurrence.</summary>
    public required string RemediationId { get; init; }

    /// <summary>When the webhook received the notification (UTC); decides the ledger day and the report window.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>When handling ended (the remediation's Outcome record).</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>How it ended.</summary>
    public required ToilOutcome Outcome { get; init; }

    /// <summary>The alert rule's name.</summary>
    public required string RuleName { get; init; }

    /// <summary>Where the alert came from (AzureMonitor, Alertmanager, …).</summary>
    public string AlertSource { get; init; } = string.Empty;

    /// <summary>Severity 0 (critical) to 4.</summary>
    public int Severity { get; init; }

    /// <summary>The matched binding; null when unmatched.</summary>
    public string? BindingId { get; init; }

    /// <summary>The binding's version.</summary>
    public int? BindingVersion { get; init; }

    /// <summary>The binding's runbook.</summary>
    public string? Runbook { get; init; }

    /// <summary>The first target resource id.</summary>
    public string? Target { get; init; }

    /// <summary>The binding's <c>manualEffortMinutes</c>: what doing this by hand costs; null when unmatched.</summary>
    public int? ManualEffortMinutes { get; init; }

    /// <summary>Human minutes the automation itself cost (approval review), see docs/toil.md.</summary>
    public double HumanMinutes { get; init; }

    /// <summary>When approval was asked for, if it was.</summary>
    public DateTimeOffset? ApprovalRequestedAt { get; init; }

    /// <summary>When a human decided, if one did.</summary>
    public DateTimeOffset? ApprovalDecidedAt { get; init; }

    /// <summary>When the alert's resolved notification arrived after the remediation ended, if it did.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Repeat firings folded into the remediation.</summary>
    public int Refirings { get; init; }

    /// <summary>Why it ended so, in words.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>True for the outcomes where automation did the work.</summary>
    public bool IsAutomated => Outcome is ToilOutcome.AutoRemediated or ToilOutcome.RemediatedAfterApproval;

    /// <summary>True for the outcomes a human had to handle (see docs/toil.md).</summary>
    public bool IsManual => Outcome is ToilOutcome.Escalated or ToilOutcome.Failed or ToilOutcome.Unmatched or ToilOutcome.DryRun;

    /// <summary>
    /// Automated: received to the end of the run. Manual: received to the resolved notification, when one came.
    /// Null otherwise (suppressed, resolved before action, or manual with no resolution seen).
    /// </summary>
    public TimeSpan? TimeToRemediate =>
        IsAutomated ? EndedAt - OccurredAt
        : IsManual && ResolvedAt is { } resolved ? resolved - OccurredAt
        : null;

    /// <summary>Request to decision, when a human decided.</summary>
    public TimeSpan? ApprovalLatency => ApprovalRequestedAt is { } asked && ApprovalDecidedAt is { } decided ? decided - asked : null;
}
