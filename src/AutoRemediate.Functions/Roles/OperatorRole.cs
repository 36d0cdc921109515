namespace AutoRemediate.Functions.Roles;

/// <summary>
/// What a signed-in person may do on the operator surface (operator and toil APIs, dashboard, approval decisions).
/// Admin includes Operator, which includes Viewer (<see cref="RoleGrants.Expand"/>); Approver stands apart, so
/// deciding on a remediation is never a side effect of running the system.
/// </summary>
internal enum OperatorRole
{
    /// <summary>Reads: remediation lists, statuses and timelines, pending approvals, toil, every dashboard page.</summary>
    Viewer,

    /// <summary>Viewer, plus cancelling remediations and manual actions (manual toil entries, running a toil report).</summary>
    Operator,

    /// <summary>Decides on approval requests (approve or reject), where the binding's approvers also allow it.</summary>
    Approver,

    /// <summary>Operator, plus the kill switch and circuit breaker resets.</summary>
    Admin,
}
