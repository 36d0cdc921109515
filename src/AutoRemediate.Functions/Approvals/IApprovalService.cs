using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Functions.Approvals;

/// <summary>What the remediation orchestration's activities call to ask humans, and to give up on them.</summary>
internal interface IApprovalService
{
    /// <summary>
    /// Stores the request (idempotent per request id), mints its signed link and posts the approval card to Teams.
    /// Throws <see cref="Teams.WebhookDeliveryException"/> when Teams could not be reached after retries (the request
    /// stays stored; calling again re-posts the card).
    /// </summary>
    Task<ApprovalLink> RequestAsync(ApprovalRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a pending request's plan (same request id): decisions on the old plan stop counting, old links are
    /// refused with "plan changed since it was shown: approve again", and a new card is posted.
    /// </summary>
    Task<ApprovalLink> ReviseAsync(ApprovalRequest revised, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a pending request expired and posts the escalation (Teams, and the paging webhook when configured).
    /// When a decision landed first, returns that decision instead and escalates nothing.
    /// </summary>
    Task<ApprovalDecided> ExpireAsync(ApprovalRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Closes a pending request unanswered because the remediation no longer needs it: its page then says so and its
    /// tokens are refused. Posts a short Teams update; a Teams failure is logged, not thrown (closing is quiet).
    /// Returns false, changing nothing, when the request does not exist or is no longer pending.
    /// </summary>
    Task<bool> CancelAsync(string requestId, string reason, CancellationToken cancellationToken);
}
