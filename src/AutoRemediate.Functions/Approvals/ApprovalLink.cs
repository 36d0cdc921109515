namespace AutoRemediate.Functions.Approvals;

/// <summary>Where approvers decide on a request: the page URL (it embeds a signed token; not enough to approve on
/// its own, since deciding also needs an authenticated approver) and when it stops working.</summary>
/// <param name="RequestId">The approval request id.</param>
/// <param name="Url">The approval page.</param>
/// <param name="ExpiresAt">The request's expiry.</param>
internal sealed record ApprovalLink(string RequestId, Uri Url, DateTimeOffset ExpiresAt);
