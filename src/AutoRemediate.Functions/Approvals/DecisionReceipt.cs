using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Functions.Approvals;

/// <summary>The JSON answer to a recorded decision.</summary>
internal sealed record DecisionReceipt(string RemediationId, string RequestId, ApprovalStatus Status, int Approvals, int Quorum, string Detail)
{
    public static DecisionReceipt From(ApprovalPageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var record = result.Record ?? throw new ArgumentException("Only a recorded decision has a receipt.", nameof(result));
        return new DecisionReceipt(record.Request.RemediationId, record.Request.RequestId, record.Status, record.Approvals, record.Request.Quorum, result.Detail);
    }
}
