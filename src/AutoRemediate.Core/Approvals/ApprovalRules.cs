using System.Globalization;

namespace AutoRemediate.Core.Approvals;

/// <summary>
/// The decision rules: a decision counts only while the request is pending and unexpired, on the current plan,
/// from someone the binding allows (<see cref="ApprovalRequest.Approvers"/>), other than the requester (unless the policy
/// allows self-approval), who has not decided on this plan yet. One rejection rejects; <see cref="ApprovalRequest.Quorum"/>
/// distinct allowed approvals approve (a refused decision is never stored, so it never counts).
/// </summary>
public static class ApprovalRules
{
    /// <summary>Rules on <paramref name="approver"/>'s <paramref name="verdict"/>, made on the plan <paramref name="presentedPlanHash"/>.</summary>
    public static ApprovalRuling Decide(ApprovalRecord record, ApproverIdentity identity, ApprovalVerdict verdict, string presentedPlanHash, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentException.ThrowIfNullOrWhiteSpace(identity.Name);
        var approver = identity.Name;
        var request = record.Request;
        if (request.Approvers is { } allowed && !allowed.Allows(identity))
        {
            // First: whoever is not allowed learns nothing more about the request than that.
            return Refuse(record, ApprovalRefusal.NotAnAllowedApprover, $"{identity} is not among this binding's approvers ({allowed})");
        }

        if (record.Status == ApprovalStatus.Cancelled)
        {
            return Refuse(record, ApprovalRefusal.NoLongerNeeded, NoLongerNeeded);
        }

        if (record.Status != ApprovalStatus.Pending)
        {
            return Refuse(record, ApprovalRefusal.AlreadyDecided, $"this request was already {record.Status.ToString().ToLowerInvariant()}");
        }

        if (now >= request.ExpiresAt)
        {
            return Refuse(record, ApprovalRefusal.Expired, $"this request expired at {Format(request.ExpiresAt)}; decisions after expiry are refused");
        }

        if (!string.Equals(presentedPlanHash, request.PlanHash, StringComparison.Ordinal))
        {
            return Refuse(record, ApprovalRefusal.PlanChanged, "plan changed since it was shown: approve again from the newest approval card");
        }

        if (!request.AllowSelfApproval && SameIdentity(approver, request.RequestedBy))
        {
            return Refuse(record, ApprovalRefusal.SelfApproval, $"{approver} requested this remediation and the policy does not allow self-approval");
        }

        if (record.CurrentVotes.Any(v => SameIdentity(v.Approver, approver)))
        {
            return Refuse(record, ApprovalRefusal.AlreadyDecidedByApprover, $"{approver} has already decided on this plan; the quorum needs distinct approvers");
        }

        if (verdict == ApprovalVerdict.Reject)
        {
            return new ApprovalRuling(null, $"rejected by {approver}", ApprovalStatus.Rejected);
        }

        var approvals = record.Approvals + 1;
        return approvals >= request.Quorum
            ? new ApprovalRuling(null, $"approved ({approvals} of {request.Quorum})", ApprovalStatus.Approved)
            : new ApprovalRuling(null, $"approval recorded ({approvals} of {request.Quorum}); waiting for {request.Quorum - approvals} more", ApprovalStatus.Pending);
    }

    /// <summary>What approvers are told about a request closed unanswered.</summary>
    public const string NoLongerNeeded = "this approval is no longer needed: the remediation ended before a decision (the alert resolved or an operator cancelled it), and nothing will run";

    /// <summary>Identities compare case-insensitively (UPNs and e-mail addresses are), ignoring surrounding space.</summary>
    public static bool SameIdentity(string left, string right) =>
        string.Equals(left?.Trim(), right?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A time as approvers read it: UTC, to the second.</summary>
    public static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static ApprovalRuling Refuse(ApprovalRecord record, ApprovalRefusal refusal, string explanation) =>
        new(refusal, explanation, record.Status);
}
