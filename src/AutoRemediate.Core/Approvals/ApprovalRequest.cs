using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;

namespace AutoRemediate.Core.Approvals;

/// <summary>
/// What a human is asked to approve: the alert, the exact plan (targets and operations, bound by
/// <see cref="PlanHash"/>), every guardrail verdict with its reason, and the policy the decision must satisfy.
/// </summary>
/// <remarks>Serialisable as an activity input: only strings, numbers, times, lists and records.</remarks>
public sealed record ApprovalRequest
{
    /// <summary>The remediation orchestration's instance id; the decision is raised into it.</summary>
    public required string RemediationId { get; init; }

    /// <summary>This request's id, unique across remediations (see <see cref="ApprovalIds"/> for the allowed form).</summary>
    public required string RequestId { get; init; }

    /// <summary>Who or what triggered the run (an identity, or the alert source); may not approve unless allowed.</summary>
    public required string RequestedBy { get; init; }

    /// <summary>The alert being remediated.</summary>
    public required ApprovalAlertSummary Alert { get; init; }

    /// <summary>The runbook that will run.</summary>
    public required string Runbook { get; init; }

    /// <summary>The ARM ids of the resources the plan touches, as received.</summary>
    public required IReadOnlyList<string> Targets { get; init; }

    /// <summary>The operations the plan performs, in order.</summary>
    public required IReadOnlyList<string> Operations { get; init; }

    /// <summary>Every guardrail verdict, with its reason.</summary>
    public required IReadOnlyList<GuardrailVerdict> Verdicts { get; init; }

    /// <summary><see cref="Approvals.PlanHash.Compute"/> of <see cref="Targets"/> and <see cref="Operations"/>.</summary>
    public required string PlanHash { get; init; }

    /// <summary>Distinct approvers needed.</summary>
    public required int Quorum { get; init; }

    /// <summary>Whether <see cref="RequestedBy"/> may approve.</summary>
    public required bool AllowSelfApproval { get; init; }

    /// <summary>
    /// Who may decide (the binding's <c>approval.approvers</c>); null when the binding lists nobody, so anyone with the
    /// Approver role may. Requests stored before bindings could list approvers read back as null.
    /// </summary>
    public AllowedApprovers? Approvers { get; init; }

    /// <summary>When the request was made.</summary>
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>No decision is accepted from this moment on; the request then expires and escalates.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>
    /// The request for a guardrail decision that asked for approval. Pass the orchestration's current time as
    /// <paramref name="requestedAt"/> so replays build the same request.
    /// </summary>
    public static ApprovalRequest For(
        string remediationId, string requestId, string requestedBy, Alert alert, RemediationPlan plan, GuardrailDecision decision, DateTimeOffset requestedAt)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(decision);
        var policy = decision.Approval ?? ApprovalPolicy.Defaults;
        var targets = plan.Targets.Select(t => t.Original).ToArray();
        return new ApprovalRequest
        {
            RemediationId = remediationId,
            RequestId = requestId,
            RequestedBy = requestedBy,
            Alert = new ApprovalAlertSummary(alert.RuleName, alert.Severity, alert.FiredAt, alert.Description),
            Runbook = plan.Runbook,
            Targets = targets,
            Operations = plan.Operations,
            Verdicts = decision.Verdicts,
            PlanHash = Approvals.PlanHash.Compute(targets, plan.Operations),
            Quorum = policy.Quorum,
            AllowSelfApproval = policy.AllowSelfApproval,
            Approvers = policy.Approvers,
            RequestedAt = requestedAt,
            ExpiresAt = requestedAt + policy.Timeout,
        };
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field that cannot be stored or decided on.</summary>
    public void Validate()
    {
        ApprovalIds.Validate(RemediationId, nameof(RemediationId));
        ApprovalIds.Validate(RequestId, nameof(RequestId));
        ArgumentException.ThrowIfNullOrWhiteSpace(RequestedBy, nameof(RequestedBy));
        ArgumentOutOfRangeException.ThrowIfLessThan(Quorum, 1, nameof(Quorum));
        if (ExpiresAt <= RequestedAt)
        {
            throw new ArgumentException($"ExpiresAt ({ExpiresAt:O}) must be after RequestedAt ({RequestedAt:O}).", nameof(ExpiresAt));
        }

        if (!string.Equals(PlanHash, Approvals.PlanHash.Compute(Targets, Operations), StringComparison.Ordinal))
        {
            throw new ArgumentException("PlanHash does not match the targets and operations; compute it with PlanHash.Compute.", nameof(PlanHash));
        }
    }
}
