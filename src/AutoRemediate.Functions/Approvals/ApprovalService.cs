using AutoRemediate.Core.Approvals;
using AutoRemediate.Functions.Teams;

namespace AutoRemediate.Functions.Approvals;

/// <summary>Stores requests, posts their cards, and expires them with an escalation.</summary>
internal sealed class ApprovalService(
    IApprovalStore store,
    ApprovalTokenSigner signer,
    ApprovalUrls urls,
    TeamsWebhookClient teams,
    PagingWebhookClient paging,
    TimeProvider time,
    ILogger<ApprovalService> logger) : IApprovalService
{
    private const int MaxWriteAttempts = 5;

    public async Task<ApprovalLink> RequestAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var record = await store.CreateAsync(request, cancellationToken);
        logger.ApprovalRequested(record.Request.RequestId, record.Request.RemediationId, record.Request.Quorum, record.Request.ExpiresAt);
        return await PostCardAsync(record.Request, revised: false, cancellationToken);
    }

    public async Task<ApprovalLink> ReviseAsync(ApprovalRequest revised, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revised);
        revised.Validate();
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var record = await GetAsync(revised.RequestId, cancellationToken);
            if (record.Request.RemediationId != revised.RemediationId || record.Status != ApprovalStatus.Pending)
            {
                throw new InvalidOperationException(
                    $"Approval request '{revised.RequestId}' cannot be revised: it is {record.Status.ToString().ToLowerInvariant()} and belongs to remediation '{record.Request.RemediationId}'.");
            }

            // A revision changes the plan, not who may decide: a revised request that names no approvers keeps the stored ones.
            var replacement = revised.Approvers is null ? revised with { Approvers = record.Request.Approvers } : revised;
            if (await store.UpdateAsync(record, replacement, ApprovalStatus.Pending, null, cancellationToken) == ApprovalWriteOutcome.Written)
            {
                logger.PlanRevised(revised.RequestId, revised.RemediationId, revised.PlanHash);
                return await PostCardAsync(revised, revised: true, cancellationToken);
            }
        }

        throw new InvalidOperationException($"Approval request '{revised.RequestId}' kept changing while being revised; try again.");
    }

    public async Task<ApprovalDecided> ExpireAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var record = await GetAsync(request.RequestId, cancellationToken);
            if (record.Status is ApprovalStatus.Approved or ApprovalStatus.Rejected or ApprovalStatus.Cancelled)
            {
                // A decision landed before the expiry was processed: it stands.
                return ApprovalDecided.From(record);
            }

            if (record.Status == ApprovalStatus.Expired)
            {
                // Expired by an earlier attempt whose escalation may not have gone out: post it (again).
                await EscalateAsync(record, cancellationToken);
                return ApprovalDecided.From(record);
            }

            var outcome = await store.UpdateAsync(record, record.Request, ApprovalStatus.Expired, time.GetUtcNow(), cancellationToken);
            if (outcome == ApprovalWriteOutcome.Written)
            {
                var expired = await GetAsync(request.RequestId, cancellationToken);
                logger.ApprovalExpired(request.RequestId, request.RemediationId);
                await EscalateAsync(expired, cancellationToken);
                return ApprovalDecided.From(expired);
            }
        }

        throw new InvalidOperationException($"Approval request '{request.RequestId}' kept changing while being expired; try again.");
    }

    public async Task<bool> CancelAsync(string requestId, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var record = await store.GetAsync(requestId, cancellationToken);
            if (record is not { Status: ApprovalStatus.Pending })
            {
                return false;
            }

            if (await store.UpdateAsync(record, record.Request, ApprovalStatus.Cancelled, time.GetUtcNow(), cancellationToken) == ApprovalWriteOutcome.Written)
            {
                logger.ApprovalCancelled(requestId, record.Request.RemediationId, reason);
                try
                {
                    await teams.PostAsync(ApprovalCards.Closed(record.Request, reason), cancellationToken);
                }
                catch (WebhookDeliveryException exception)
                {
                    logger.ApprovalCancelNotPosted(requestId, exception.Message);
                }

                return true;
            }
        }

        throw new InvalidOperationException($"Approval request '{requestId}' kept changing while being closed; try again.");
    }

    private async Task<ApprovalLink> PostCardAsync(ApprovalRequest request, bool revised, CancellationToken cancellationToken)
    {
        var token = signer.Mint(request);
        var card = ApprovalCards.Request(request, urls.Page(token, "approve"), urls.Page(token, "reject"), revised, urls.Dashboard(request.RemediationId));
        await teams.PostAsync(card, cancellationToken);
        return new ApprovalLink(request.RequestId, urls.Page(token), request.ExpiresAt);
    }

    /// <summary>Tries both channels before failing, so a broken paging hook does not silence Teams or the reverse.</summary>
    private async Task EscalateAsync(ApprovalRecord record, CancellationToken cancellationToken)
    {
        var expiredAt = record.DecidedAt ?? time.GetUtcNow();
        WebhookDeliveryException? failure = null;
        try
        {
            await teams.PostAsync(ApprovalCards.Escalation(record.Request, expiredAt), cancellationToken);
        }
        catch (WebhookDeliveryException exception)
        {
            failure = exception;
        }

        try
        {
            await paging.PostAsync(ApprovalCards.Page(record.Request, expiredAt), cancellationToken);
        }
        catch (WebhookDeliveryException exception)
        {
            failure ??= exception;
        }

        logger.Escalated(record.Request.RequestId, failure is null, paging.IsConfigured);
        if (failure is not null)
        {
            throw failure;
        }
    }

    private async Task<ApprovalRecord> GetAsync(string requestId, CancellationToken cancellationToken) =>
        await store.GetAsync(requestId, cancellationToken)
        ?? throw new InvalidOperationException($"Approval request '{requestId}' does not exist.");
}
