namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// The port through which a remediation asks humans for approval. No production implementation is registered in
/// this build: while none is, a remediation that needs approval ends Escalated ("approvals are not configured").
/// The approvals service answers with an <see cref="ApprovalDecision"/> raised as <see cref="ApprovalDecision.EventName"/>.
/// </summary>
internal interface IApprovalGateway
{
    /// <summary>Stores and announces the request (idempotent per <see cref="ApprovalAsk.RequestId"/>); returns the approval page.</summary>
    Task<Uri> RequestAsync(ApprovalAsk ask, CancellationToken cancellationToken);

    /// <summary>Marks the request expired so late decisions are refused.</summary>
    Task ExpireAsync(ApprovalAsk ask, CancellationToken cancellationToken);
}
