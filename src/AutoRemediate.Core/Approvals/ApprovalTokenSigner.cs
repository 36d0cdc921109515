using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Core.Approvals;

/// <summary>Mints and verifies signed, expiring approval tokens.</summary>
/// <remarks>
/// <para>Format: <c>v1.{kid}.{payload}.{signature}</c>, every part URL-safe.</para>
/// <list type="bullet">
/// <item><c>payload</c> is base64url (no padding) of UTF-8 "remediationId\nrequestId\nplanHash\nexpiryUnixSeconds\nnonce";</item>
/// <item><c>signature</c> is base64url of HMAC-SHA256, keyed with key <c>kid</c>, over the ASCII of <c>v1.{kid}.{payload}</c>;</item>
/// <item>the nonce is 16 random bytes in base64url, the key of the token's single-use record.</item>
/// </list>
/// <para>
/// Verification checks shape, key, signature (in constant time), expiry and remediation, in that order, and reads
/// no claim before the signature holds. The token is a bearer secret: never log it.
/// </para>
/// </remarks>
public sealed class ApprovalTokenSigner(SigningKeyRing keys)
{
    /// <summary>Longer input is refused unparsed.</summary>
    public const int MaxTokenLength = 1024;

    private const string Version = "v1";

    /// <summary>A new token for the request's current plan, expiring with the request.</summary>
    public string Mint(ApprovalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Mint(request.RemediationId, request.RequestId, request.PlanHash, request.ExpiresAt);
    }

    /// <summary>A new token with a fresh nonce and the same claims as <paramref name="claims"/> (same plan, same expiry).</summary>
    public string Remint(ApprovalTokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Mint(claims.RemediationId, claims.RequestId, claims.PlanHash, claims.ExpiresAt);
    }

    /// <summary>Verifies <paramref name="token"/> at <paramref name="now"/>; with <paramref name="expectedRemediationId"/>,
    /// also that it was issued for that remediation.</summary>
    public TokenVerification Verify(string? token, DateTimeOffset now, string? expectedRemediationId = null)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return TokenVerification.Fail(TokenFailure.Malformed);
        }

        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != Version || !SigningKeyRing.IsValidKeyId(parts[1])
            || !Base64Url.IsValid(parts[2]) || !Base64Url.IsValid(parts[3], out var signatureLength) || signatureLength != HMACSHA256.HashSizeInBytes)
        {
            return TokenVerification.Fail(TokenFailure.Malformed);
        }

        if (keys.Find(parts[1]) is not { } key)
        {
            return TokenVerification.Fail(TokenFailure.UnknownKey);
        }

        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{Version}.{parts[1]}.{parts[2]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[3])))
        {
            return TokenVerification.Fail(TokenFailure.InvalidSignature);
        }

        if (Parse(parts[1], Base64Url.DecodeFromChars(parts[2])) is not { } claims)
        {
            return TokenVerification.Fail(TokenFailure.Malformed);
        }

        if (now >= claims.ExpiresAt)
        {
            return TokenVerification.Fail(TokenFailure.Expired);
        }

        return expectedRemediationId is not null && !string.Equals(expectedRemediationId, claims.RemediationId, StringComparison.Ordinal)
            ? TokenVerification.Fail(TokenFailure.WrongRemediation)
            : new TokenVerification(claims, null);
    }

    private string Mint(string remediationId, string requestId, string planHash, DateTimeOffset expiresAt)
    {
        ApprovalIds.Validate(remediationId, nameof(remediationId));
        ApprovalIds.Validate(requestId, nameof(requestId));
        if (string.IsNullOrEmpty(planHash) || planHash.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("The plan hash must be a single non-empty line.", nameof(planHash));
        }

        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var expiry = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{remediationId}\n{requestId}\n{planHash}\n{expiry}\n{nonce}"));
        var signed = $"{Version}.{keys.ActiveKeyId}.{payload}";
        return $"{signed}.{Base64Url.EncodeToString(HMACSHA256.HashData(keys.ActiveKey, Encoding.ASCII.GetBytes(signed)))}";
    }

    private static ApprovalTokenClaims? Parse(string keyId, byte[] payload)
    {
        var fields = Encoding.UTF8.GetString(payload).Split('\n');
        return fields.Length == 5
            && long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry)
            && expiry <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            && ApprovalIds.IsValid(fields[0]) && ApprovalIds.IsValid(fields[1]) && fields[4].Length > 0
            ? new ApprovalTokenClaims(keyId, fields[0], fields[1], fields[2], DateTimeOffset.FromUnixTimeSeconds(expiry), fields[4])
            : null;
    }
}
