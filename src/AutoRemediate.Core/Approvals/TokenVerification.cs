using System.Diagnostics.CodeAnalysis;

namespace AutoRemediate.Core.Approvals;

/// <summary>The result of verifying a token: its claims, or why it was refused.</summary>
/// <param name="Claims">The verified claims; null when refused.</param>
/// <param name="Failure">Why it was refused; null when verified.</param>
public sealed record TokenVerification(ApprovalTokenClaims? Claims, TokenFailure? Failure)
{
    /// <summary>True when the token verified.</summary>
    [MemberNotNullWhen(true, nameof(Claims))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Claims is not null;

    /// <summary>A sentence for the approver explaining <see cref="Failure"/>; never repeats the token.</summary>
    public string Explanation => Failure switch
    {
        null => "the link is valid",
        TokenFailure.Malformed => "this approval link is malformed; open it again from the Teams card",
        TokenFailure.UnknownKey => "this approval link was signed with a key this deployment no longer accepts",
        TokenFailure.InvalidSignature => "this approval link's signature is invalid: it was altered or forged",
        TokenFailure.Expired => "this approval link has expired",
        TokenFailure.WrongRemediation => "this approval link belongs to another remediation",
        _ => "this approval link was refused",
    };

    internal static TokenVerification Fail(TokenFailure failure) => new(null, failure);
}
