namespace AutoRemediate.Core.Bindings;

/// <summary>How approvals work for a binding.</summary>
/// <param name="Required">When approval is required.</param>
/// <param name="Conditions">Conditions that require approval (with <see cref="ApprovalRequirement.WhenGuardrailsAsk"/>).</param>
/// <param name="AllowSelfApproval">Whether the person who triggered or owns the run may approve it. Default false.</param>
/// <param name="Quorum">Distinct approvers needed. Default 1.</param>
/// <param name="Timeout">How long to wait before the request expires (and the run is abandoned). Default 30 min.</param>
/// <param name="Approvers">Who may decide (<c>approval.approvers</c>); null, the default, lets anyone with the Approver role decide.</param>
/// <remarks>Carried in remediation histories (the guardrail evaluation's output): add members with defaults only.</remarks>
public sealed record ApprovalPolicy(
    ApprovalRequirement Required,
    ApprovalConditions Conditions,
    bool AllowSelfApproval,
    int Quorum,
    TimeSpan Timeout,
    Approvals.AllowedApprovers? Approvers = null)
{
    /// <summary>Approval when guardrails ask, no self-approval, quorum 1, 30 min timeout.</summary>
    public static ApprovalPolicy Defaults { get; } = new(ApprovalRequirement.WhenGuardrailsAsk, ApprovalConditions.None, false, 1, TimeSpan.FromMinutes(30));
}
