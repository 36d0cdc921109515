namespace AutoRemediate.Core.Approvals;

/// <summary>Why a token was refused, checked in this order.</summary>
public enum TokenFailure
{
    /// <summary>Not a token of this format (wrong shape, version, encoding or length).</summary>
    Malformed,

    /// <summary>Signed with a key id this deployment does not hold (retired, or never ours).</summary>
    UnknownKey,

    /// <summary>The signature does not match: forged or altered.</summary>
    InvalidSignature,

    /// <summary>Genuine, but past its expiry.</summary>
    Expired,

    /// <summary>Genuine, but issued for another remediation than the one it was presented for.</summary>
    WrongRemediation,
}
