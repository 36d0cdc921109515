namespace AutoRemediate.Functions.Remediation;

/// <summary>A remediation's output: how it ended and the facts an operator needs first.</summary>
/// <param name="Outcome">The terminal stage.</param>
/// <param name="Reason">Why it ended there.</param>
/// <param name="BindingId">The matched binding, or null when unmatched.</param>
/// <param name="BindingVersion">The binding's version, or null when unmatched.</param>
/// <param name="DecisionSummary">The guardrail decision's summary, or null when guardrails were not evaluated.</param>
/// <param name="DryRun">Whether actions were (or would have been) only recorded.</param>
/// <param name="Refirings">How many repeat firings were folded into this remediation.</param>
/// <param name="AuditRecordCount">How many audit records the remediation wrote.</param>
internal sealed record RemediationSummary(
    RemediationStage Outcome,
    string Reason,
    string? BindingId,
    int? BindingVersion,
    string? DecisionSummary,
    bool DryRun,
    int Refirings,
    int AuditRecordCount);
