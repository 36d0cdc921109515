using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Functions.Approvals;

/// <summary>
/// Builds the approval page for a link. Reading only: it changes nothing, so following a link (a GET, which
/// chat previews and browsers prefetch) can never approve. The form gets a freshly minted single-use token with
/// the link's claims, so several approvers can open the same card link and each decide once.
/// </summary>
internal sealed class ApprovalViewer(IApprovalStore store, ApprovalTokenSigner signer, ApproverIdentityResolver identities, TimeProvider time, ILogger<ApprovalViewer> logger)
{
    public async Task<ViewOutcome> ViewAsync(string token, string? preselected, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var verification = signer.Verify(token, now);
        if (!verification.Succeeded)
        {
            logger.TokenRefused(verification.Failure.Value, request.HttpContext.Connection.RemoteIpAddress?.ToString());
            return new ViewOutcome(null, ApprovalPageResult.Token(verification));
        }

        var claims = verification.Claims;
        var record = await store.GetAsync(claims.RequestId, cancellationToken);
        if (record is null || record.Request.RemediationId != claims.RemediationId)
        {
            return new ViewOutcome(null, record is null ? ApprovalPageResult.NotFound() : ApprovalPageResult.Token(new TokenVerification(null, TokenFailure.WrongRemediation)));
        }

        var notice = record.Status == ApprovalStatus.Cancelled
            ? ApprovalPage.Sentence(ApprovalRules.NoLongerNeeded)
            : record.Status != ApprovalStatus.Pending
            ? $"This request was already {record.Status.ToString().ToLowerInvariant()}{(record.DecidedAt is { } at ? $" at {ApprovalRules.Format(at)}" : string.Empty)}."
            : claims.PlanHash != record.Request.PlanHash
                ? "The plan changed since this link was sent: approve again from the newest approval card."
                : null;
        var formToken = notice is null ? signer.Remint(claims) : null;
        var choice = preselected is "approve" or "reject" ? preselected : null;
        return new ViewOutcome(new ApprovalView(record, formToken, identities.Resolve(request), notice, choice), null);
    }
}
