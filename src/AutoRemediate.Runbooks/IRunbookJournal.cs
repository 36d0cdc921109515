namespace AutoRemediate.Runbooks;

/// <summary>
/// Appends a runbook's steps to the remediation's audit chain. Implemented by the remediation orchestration; each
/// call is an activity, so call it from orchestration code only, in a deterministic order.
/// </summary>
internal interface IRunbookJournal
{
    Task RecordAsync(params RunbookStep[] steps);
}
