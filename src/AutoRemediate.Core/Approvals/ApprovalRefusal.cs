namespace AutoRemediate.Core.Approvals;

/// <summary>Why a decision was not accepted.</summary>
public enum ApprovalRefusal
{
    /// <summary>The request expired before the decision.</summary>
    Expired,

    /// <summary>The request was already approved, rejected or expired.</summary>
    AlreadyDecided,

    /// <summary>The plan presented with the decision is not the current plan.</summary>
    PlanChanged,

    /// <summary>The approver requested the run and the policy forbids self-approval.</summary>
    SelfApproval,

    /// <summary>The approver already decided on this plan; a quorum counts distinct people.</summary>
    AlreadyDecidedByApprover,

    /// <summary>The token was already used for a decision.</summary>
    TokenAlreadyUsed,

    /// <summary>The request was closed unanswered: the remediation no longer needs a decision.</summary>
    NoLongerNeeded,

    /// <summary>The approver is not among the binding's allowed approvers (groups, app roles or users).</summary>
    NotAnAllowedApprover,
}
