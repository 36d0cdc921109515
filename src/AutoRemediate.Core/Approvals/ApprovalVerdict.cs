namespace AutoRemediate.Core.Approvals;

/// <summary>What one approver decided.</summary>
public enum ApprovalVerdict
{
    /// <summary>Run the plan.</summary>
    Approve,

    /// <summary>Do not run it; one rejection ends the request.</summary>
    Reject,
}
