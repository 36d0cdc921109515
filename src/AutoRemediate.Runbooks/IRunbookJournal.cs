namespace AutoRemediate.Runbooks;

/// <summary>
/// Appends a runbook's steps to the remediation's audit chain. Implemented by the remediation orchestration; each
/// call is an activity, so call it from orchestration code only, in a deterministic order.
/// </summary>
/// <remarks>
/// WARNING: each call is part of in-flight histories; adding, removing or reordering calls breaks them.
/// </remarks>
public interface IRunbookJournal
{
    /// <summary>
    /// Appends <paramref name="steps"/>, in order, to the audit chain (one activity call for all of them). The journal
    /// adds the remediation's ids, the actor, the time and the idempotency key, so a replayed call appends nothing twice.
    /// </summary>
    /// <param name="steps">The steps to record.</param>
    Task RecordAsync(params RunbookStep[] steps);
}
