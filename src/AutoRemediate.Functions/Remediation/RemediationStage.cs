namespace AutoRemediate.Functions.Remediation;

/// <summary>Where a remediation stands; the allowed moves between stages are in <see cref="RemediationStages"/>.</summary>
/// <remarks>Serialised by name into custom status and output; rename only together with anything that reads them.</remarks>
internal enum RemediationStage
{
    Received,
    Matched,
    Unmatched,
    GuardrailsEvaluated,
    AwaitingApproval,
    Approved,
    Rejected,
    Expired,
    Acting,
    Verifying,
    Completed,
    Blocked,
    Escalated,
    ResolvedBeforeAction,
    Failed,
}
