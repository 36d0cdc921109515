using System.Diagnostics.CodeAnalysis;

namespace AutoRemediate.Core.Approvals;

/// <summary>What <see cref="ApprovalRules.Decide"/> concluded about one decision.</summary>
/// <param name="Refusal">Why the decision is not accepted; null when it is.</param>
/// <param name="Explanation">A sentence for the approver.</param>
/// <param name="Status">The request's status once the decision is recorded.</param>
public sealed record ApprovalRuling(ApprovalRefusal? Refusal, string Explanation, ApprovalStatus Status)
{
    /// <summary>True when the decision may be recorded.</summary>
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Accepted => Refusal is null;
}
