namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// The input of <see cref="RecordToilActivity"/>: the facts of an ended remediation as history knows them. The
/// activity turns them into a ledger row, so how outcomes are counted can change without touching histories.
/// </summary>
/// <remarks>WARNING: part of stored histories; add members with defaults, never rename or remove one.</remarks>
internal sealed record ToilRecording(
    string RemediationId,
    string RuleName,
    string AlertSource,
    int Severity,
    string? Target,
    DateTimeOffset ReceivedAt,
    DateTimeOffset EndedAt,
    RemediationStage Outcome,
    RemediationStage StageBeforeEnd,
    bool DryRun,
    bool Approved,
    string? BindingId,
    int? BindingVersion,
    string? Runbook,
    DateTimeOffset? ApprovalRequestedAt,
    DateTimeOffset? ApprovalDecidedAt,
    int Refirings,
    string Reason);
