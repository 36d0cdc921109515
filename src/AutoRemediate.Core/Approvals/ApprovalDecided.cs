namespace AutoRemediate.Core.Approvals;

/// <summary>
/// The payload of the <see cref="EventName"/> external event raised into the remediation orchestration once a
/// request is decided, and what the orchestration's expiry activity returns.
/// </summary>
/// <param name="RemediationId">The remediation instance id.</param>
/// <param name="RequestId">The approval request id.</param>
/// <param name="Decision">Approved, Rejected or Expired.</param>
/// <param name="PlanHash">The plan decided on; run exactly this plan.</param>
/// <param name="Votes">Every decision on that plan: who, approve or reject, comment, when, and from where.</param>
/// <param name="DecidedAt">When the request was decided or expired.</param>
public sealed record ApprovalDecided(
    string RemediationId, string RequestId, ApprovalStatus Decision, string PlanHash, IReadOnlyList<ApprovalVote> Votes, DateTimeOffset DecidedAt)
{
    /// <summary>The external event's name.</summary>
    public const string EventName = "ApprovalDecided";

    /// <summary>The approvers who approved, in order.</summary>
    public IReadOnlyList<string> Approvers => [.. Votes.Where(v => v.Verdict == ApprovalVerdict.Approve).Select(v => v.Approver)];

    /// <summary>The payload for a decided or expired record.</summary>
    public static ApprovalDecided From(ApprovalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Status == ApprovalStatus.Pending || record.DecidedAt is not { } decidedAt)
        {
            throw new ArgumentException($"Approval request '{record.Request.RequestId}' is still pending.", nameof(record));
        }

        return new ApprovalDecided(
            record.Request.RemediationId, record.Request.RequestId, record.Status, record.Request.PlanHash, [.. record.CurrentVotes], decidedAt);
    }
}
