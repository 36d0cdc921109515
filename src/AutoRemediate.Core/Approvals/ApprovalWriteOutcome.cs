namespace AutoRemediate.Core.Approvals;

/// <summary>How a conditional write to the approval store ended.</summary>
public enum ApprovalWriteOutcome
{
    /// <summary>Written.</summary>
    Written,

    /// <summary>The record changed since it was read (another decision landed first): re-read and rule again.</summary>
    Stale,

    /// <summary>The token's single-use record already exists: nothing was written.</summary>
    TokenAlreadyUsed,

    /// <summary>The approver already has a decision on this plan: nothing was written.</summary>
    AlreadyVoted,
}
