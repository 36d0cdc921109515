namespace AutoRemediate.Core.Approvals;

/// <summary>A stored approval request with its status and every decision recorded on it.</summary>
/// <param name="Request">The request as last stored (its plan is the current plan).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Votes">Every recorded decision, oldest first, including those on earlier plans.</param>
/// <param name="DecidedAt">When it left <see cref="ApprovalStatus.Pending"/>.</param>
/// <param name="Version">The store's concurrency token; a write based on an older version is refused.</param>
public sealed record ApprovalRecord(ApprovalRequest Request, ApprovalStatus Status, IReadOnlyList<ApprovalVote> Votes, DateTimeOffset? DecidedAt, string Version)
{
    /// <summary>The decisions on the current plan; only these count towards the quorum.</summary>
    public IEnumerable<ApprovalVote> CurrentVotes => Votes.Where(v => string.Equals(v.PlanHash, Request.PlanHash, StringComparison.Ordinal));

    /// <summary>Distinct approvals of the current plan.</summary>
    public int Approvals => CurrentVotes.Count(v => v.Verdict == ApprovalVerdict.Approve);
}
