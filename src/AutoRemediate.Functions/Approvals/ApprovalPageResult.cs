using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Functions.Approvals;

/// <summary>The answer to an approval request that is not the approval page itself: a decision's result, or why it was refused.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Code">A stable machine-readable code, e.g. <c>token-already-used</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="Detail">A sentence for the approver.</param>
/// <param name="Record">The request as stored after the decision, when one was recorded.</param>
internal sealed record ApprovalPageResult(int StatusCode, string Code, string Title, string Detail, ApprovalRecord? Record = null)
{
    public bool Succeeded => StatusCode < 300;

    /// <summary>The role whose absence refused the decision, for the problem's <c>requiredRole</c>; null otherwise.</summary>
    public string? RequiredRole { get; init; }

    public static ApprovalPageResult Token(TokenVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var (status, code) = verification.Failure switch
        {
            TokenFailure.Malformed => (StatusCodes.Status400BadRequest, "token-malformed"),
            TokenFailure.UnknownKey => (StatusCodes.Status403Forbidden, "token-unknown-key"),
            TokenFailure.InvalidSignature => (StatusCodes.Status403Forbidden, "token-invalid-signature"),
            TokenFailure.Expired => (StatusCodes.Status410Gone, "token-expired"),
            _ => (StatusCodes.Status403Forbidden, "token-wrong-remediation"),
        };
        return new ApprovalPageResult(status, code, "Approval link refused", verification.Explanation);
    }

    public static ApprovalPageResult Refused(ApprovalRefusal refusal, string explanation)
    {
        var (status, code) = refusal switch
        {
            ApprovalRefusal.Expired => (StatusCodes.Status410Gone, "request-expired"),
            ApprovalRefusal.AlreadyDecided => (StatusCodes.Status409Conflict, "already-decided"),
            ApprovalRefusal.PlanChanged => (StatusCodes.Status409Conflict, "plan-changed"),
            ApprovalRefusal.SelfApproval => (StatusCodes.Status403Forbidden, "self-approval-forbidden"),
            ApprovalRefusal.AlreadyDecidedByApprover => (StatusCodes.Status409Conflict, "already-decided-by-approver"),
            ApprovalRefusal.NoLongerNeeded => (StatusCodes.Status410Gone, "no-longer-needed"),
            ApprovalRefusal.NotAnAllowedApprover => (StatusCodes.Status403Forbidden, "not-an-allowed-approver"),
            _ => (StatusCodes.Status409Conflict, "token-already-used"),
        };
        return new ApprovalPageResult(status, code, "Decision not recorded", explanation);
    }

    public static ApprovalPageResult Unauthenticated() =>
        new(StatusCodes.Status401Unauthorized, "not-signed-in", "Sign-in required", "sign in to decide on approvals: no approver identity came with the request");

    /// <summary>403 for a signed-in person without the Approver role; names the role.</summary>
    public static ApprovalPageResult ApproverRoleMissing(string approver) =>
        new(StatusCodes.Status403Forbidden, "approver-role-required", "Decision not recorded",
            $"deciding on approvals needs the Approver role; {approver} does not have it (an app role of the sign-in app registration, or a group mapped under Authorization:Groups)")
        {
            RequiredRole = nameof(Roles.OperatorRole.Approver),
        };

    public static ApprovalPageResult CrossSite() =>
        new(StatusCodes.Status403Forbidden, "cross-site-request", "Decision not recorded",
            "this form was not sent from the approval page itself, so nothing was recorded: open the link from the Teams card and decide there");

    public static ApprovalPageResult NotFound() =>
        new(StatusCodes.Status404NotFound, "request-not-found", "Approval request not found", "this approval request does not exist (any more)");

    public static ApprovalPageResult BadSubmission() =>
        new(StatusCodes.Status400BadRequest, "bad-submission", "Decision not understood",
            $"post decision=approve or decision=reject, with an optional comment of at most {DecisionSubmission.MaxCommentLength} characters");
}
