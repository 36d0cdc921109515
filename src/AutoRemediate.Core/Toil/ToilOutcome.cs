using System.Text.Json.Serialization;

namespace AutoRemediate.Core.Toil;

/// <summary>How one alert occurrence ended, as the toil ledger counts it (definitions in docs/toil.md).</summary>
/// <remarks>WARNING: stored by name in the ledger; append new values, never rename one.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ToilOutcome>))]
public enum ToilOutcome
{
    /// <summary>The runbook fixed it with no human involved.</summary>
    AutoRemediated,

    /// <summary>The runbook fixed it after a human approved the plan.</summary>
    RemediatedAfterApproval,

    /// <summary>A human was handed the problem: guardrails or policy escalated, the approval was rejected or expired.</summary>
    Escalated,

    /// <summary>The runbook ran and failed (or overran a deadline while acting or verifying), or a step failed.</summary>
    Failed,

    /// <summary>No binding matched the alert: nothing was automated for it.</summary>
    Unmatched,

    /// <summary>Deliberately not acted on: a guardrail blocked it (cooldown, freeze, kill switch, rate) or it was a duplicate.</summary>
    Suppressed,

    /// <summary>The alert resolved before any action was taken.</summary>
    ResolvedBeforeAction,

    /// <summary>The binding is in dry-run mode: the plan was recorded, nothing was changed.</summary>
    DryRun,
}
