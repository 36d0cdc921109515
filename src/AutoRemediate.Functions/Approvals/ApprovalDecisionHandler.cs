using AutoRemediate.Core.Approvals;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Teams;

namespace AutoRemediate.Functions.Approvals;

/// <summary>
/// Records one decision: checks the approver holds the Approver role, verifies the token, the approver and the policy
/// (the binding's approvers included) on the current plan, consumes the token and records the vote in one conditional
/// write (re-ruling when another decision landed first), then raises <see cref="ApprovalDecided.EventName"/> into the
/// remediation once the request is decided and tells Teams. A person the binding does not allow is refused with 403,
/// audited in the remediation's chain, and the request stays as it was.
/// </summary>
internal sealed class ApprovalDecisionHandler(
    IApprovalStore store,
    ApprovalTokenSigner signer,
    ApproverIdentityResolver identities,
    ApprovalRefusalAudit refusals,
    DurableTaskClient durable,
    TeamsWebhookClient teams,
    TimeProvider time,
    ILogger<ApprovalDecisionHandler> logger)
{
    private const int MaxWriteAttempts = 5;
    private const int MaxUserAgentLength = 256;

    public async Task<ApprovalPageResult> DecideAsync(string token, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = Origin(request);
        if (identities.Authenticate(request) is not { } approver)
        {
            logger.ApproverMissing(origin.RemoteIp);
            return ApprovalPageResult.Unauthenticated();
        }

        if (!approver.IsApprover)
        {
            logger.ApproverRoleMissing(approver.Identity.Name, origin.RemoteIp);
            return ApprovalPageResult.ApproverRoleMissing(approver.Identity.Name);
        }

        if (await DecisionSubmission.ReadAsync(request, cancellationToken) is not { } submission)
        {
            return ApprovalPageResult.BadSubmission();
        }

        var verification = signer.Verify(token, time.GetUtcNow(), submission.RemediationId);
        if (!verification.Succeeded)
        {
            logger.TokenRefused(verification.Failure.Value, origin.RemoteIp);
            return ApprovalPageResult.Token(verification);
        }

        var claims = verification.Claims;
        var record = await store.GetAsync(claims.RequestId, cancellationToken);
        if (record is null || record.Request.RemediationId != claims.RemediationId)
        {
            return record is null ? ApprovalPageResult.NotFound() : ApprovalPageResult.Token(new TokenVerification(null, TokenFailure.WrongRemediation));
        }

        if (await store.IsTokenUsedAsync(claims.RequestId, claims.Nonce, cancellationToken))
        {
            return Refuse(claims.RequestId, approver.Identity.Name, ApprovalRefusal.TokenAlreadyUsed, "this approval form was already used: open the link from the Teams card again");
        }

        return await RecordAsync(record, claims, approver.Identity, submission, origin, cancellationToken);
    }

    private async Task<ApprovalPageResult> RecordAsync(
        ApprovalRecord record, ApprovalTokenClaims claims, ApproverIdentity identity, DecisionSubmission submission, DecisionOrigin origin, CancellationToken cancellationToken)
    {
        var approver = identity.Name;
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var ruling = ApprovalRules.Decide(record, identity, submission.Verdict, claims.PlanHash, now);
            if (ruling.Refusal == ApprovalRefusal.NotAnAllowedApprover)
            {
                await refusals.RefusedAsync(record, identity, claims.Nonce, origin.RemoteIp, ruling.Explanation, cancellationToken);
            }

            if (!ruling.Accepted)
            {
                return Refuse(claims.RequestId, approver, ruling.Refusal.Value, ruling.Explanation);
            }

            var vote = new ApprovalVote(approver, submission.Verdict, submission.Comment, claims.PlanHash, now, origin);
            switch (await store.RecordVoteAsync(record, vote, claims.Nonce, ruling.Status, cancellationToken))
            {
                case ApprovalWriteOutcome.Written:
                    var stored = await store.GetAsync(claims.RequestId, cancellationToken) ?? record;
                    logger.VoteRecorded(claims.RequestId, claims.RemediationId, approver, submission.Verdict, stored.Status);
                    await AnnounceAsync(stored, cancellationToken);
                    return new ApprovalPageResult(StatusCodes.Status200OK, "recorded", "Decision recorded", ruling.Explanation, stored);
                case ApprovalWriteOutcome.TokenAlreadyUsed:
                    return Refuse(claims.RequestId, approver, ApprovalRefusal.TokenAlreadyUsed, "this approval form was already used: open the link from the Teams card again");
                case ApprovalWriteOutcome.AlreadyVoted:
                    return Refuse(claims.RequestId, approver, ApprovalRefusal.AlreadyDecidedByApprover, $"{approver} has already decided on this plan");
                default:
                    // Another decision landed between our read and write: rule again on what is stored now.
                    record = await store.GetAsync(claims.RequestId, cancellationToken) ?? record;
                    break;
            }
        }

        return new ApprovalPageResult(StatusCodes.Status503ServiceUnavailable, "busy", "Decision not recorded", "too many decisions at once on this request; try again");
    }

    /// <summary>Raises the event when decided, and posts the decision card; neither failure undoes the recorded vote.</summary>
    private async Task AnnounceAsync(ApprovalRecord record, CancellationToken cancellationToken)
    {
        if (record.Status != ApprovalStatus.Pending)
        {
            try
            {
                await durable.RaiseEventAsync(record.Request.RemediationId, ApprovalDecided.EventName, ApprovalDecided.From(record), cancellationToken);
                logger.DecisionRaised(record.Request.RequestId, record.Request.RemediationId, record.Status);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The remediation's expiry activity reads the stored decision, so it is not lost, only late.
                logger.DecisionNotRaised(record.Request.RequestId, record.Request.RemediationId, exception.GetType().Name, exception.Message);
            }
        }

        try
        {
            await teams.PostAsync(ApprovalCards.Decision(record), cancellationToken);
        }
        catch (WebhookDeliveryException exception)
        {
            logger.DecisionCardFailed(record.Request.RequestId, exception.Message);
        }
    }

    private ApprovalPageResult Refuse(string requestId, string approver, ApprovalRefusal refusal, string explanation)
    {
        logger.DecisionRefused(requestId, approver, refusal);
        return ApprovalPageResult.Refused(refusal, explanation);
    }

    private static DecisionOrigin Origin(HttpRequest request)
    {
        // Behind App Service the front end puts the client first in X-Forwarded-For; keep both for the audit log.
        var remote = request.HttpContext.Connection.RemoteIpAddress?.ToString();
        var forwarded = request.Headers["X-Forwarded-For"].ToString().Split(',')[0].Trim();
        var userAgent = request.Headers.UserAgent.ToString();
        return new DecisionOrigin(
            forwarded.Length > 0 && forwarded.Length <= 64 ? $"{forwarded} (via {remote})" : remote,
            userAgent.Length > MaxUserAgentLength ? userAgent[..MaxUserAgentLength] : userAgent);
    }
}
