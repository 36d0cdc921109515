namespace AutoRemediate.Core.Approvals;

/// <summary>Where an approval request stands.</summary>
public enum ApprovalStatus
{
    /// <summary>Waiting for decisions.</summary>
    Pending,

    /// <summary>The quorum approved the current plan.</summary>
    Approved,

    /// <summary>An approver rejected it.</summary>
    Rejected,

    /// <summary>No decision before the expiry; escalated.</summary>
    Expired,

    /// <summary>Closed unanswered because the remediation no longer needs it (the alert resolved, or an operator cancelled).</summary>
    /// <remarks>WARNING: stored by name; append new values at the end.</remarks>
    Cancelled,
}
