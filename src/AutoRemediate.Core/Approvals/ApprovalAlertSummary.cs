namespace AutoRemediate.Core.Approvals;

/// <summary>The facts of the alert an approver needs: which rule fired, how bad, when, and what it says.</summary>
/// <param name="RuleName">The alert rule.</param>
/// <param name="Severity">0 (critical) to 4 (verbose).</param>
/// <param name="FiredAt">When the condition started, UTC.</param>
/// <param name="Description">The alert's human description.</param>
public sealed record ApprovalAlertSummary(string RuleName, int Severity, DateTimeOffset FiredAt, string Description);
