namespace AutoRemediate.Core.Approvals;

/// <summary>One approver's recorded decision on one plan.</summary>
/// <param name="Approver">The approver's identity (UPN or name), as authenticated.</param>
/// <param name="Verdict">Approve or reject.</param>
/// <param name="Comment">The approver's comment, possibly empty.</param>
/// <param name="PlanHash">The plan the decision was made on.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Origin">Where it came from.</param>
public sealed record ApprovalVote(string Approver, ApprovalVerdict Verdict, string Comment, string PlanHash, DateTimeOffset At, DecisionOrigin Origin);
