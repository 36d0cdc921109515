namespace AutoRemediate.Core.Approvals;

/// <summary>
/// Stores approval requests, their decisions and the used-token records. Every write that changes a request is
/// conditional on the <see cref="ApprovalRecord.Version"/> it was ruled on, so two approvers deciding at once are
/// serialised: one write lands, the other is <see cref="ApprovalWriteOutcome.Stale"/> and is ruled again.
/// </summary>
public interface IApprovalStore
{
    /// <summary>Stores a new pending request; when one with the same id exists, returns it unchanged (idempotent).</summary>
    Task<ApprovalRecord> CreateAsync(ApprovalRequest request, CancellationToken cancellationToken);

    /// <summary>The request with its status and decisions; null when unknown.</summary>
    Task<ApprovalRecord?> GetAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>Every pending request (decisions not included), oldest first.</summary>
    Task<IReadOnlyList<ApprovalRequest>> ListPendingAsync(CancellationToken cancellationToken);

    /// <summary>True when the token with <paramref name="nonce"/> was already used on the request.</summary>
    Task<bool> IsTokenUsedAsync(string requestId, string nonce, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically: records the token with <paramref name="nonce"/> as used, adds <paramref name="vote"/> and moves the
    /// request to <paramref name="status"/> (decided at the vote's time unless still pending) — only if the request
    /// is still at <paramref name="current"/>'s version.
    /// </summary>
    Task<ApprovalWriteOutcome> RecordVoteAsync(ApprovalRecord current, ApprovalVote vote, string nonce, ApprovalStatus status, CancellationToken cancellationToken);

    /// <summary>Replaces the request and status (a revised plan, or expiry) if the request is still at <paramref name="current"/>'s version.</summary>
    Task<ApprovalWriteOutcome> UpdateAsync(ApprovalRecord current, ApprovalRequest request, ApprovalStatus status, DateTimeOffset? decidedAt, CancellationToken cancellationToken);
}
