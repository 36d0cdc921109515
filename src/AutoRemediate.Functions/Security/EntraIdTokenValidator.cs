using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AutoRemediate.Functions.Webhook;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Security;

/// <summary>
/// Validates an Entra ID access token (JWS compact, RS256) the way JwtBearer would for this one use: signature
/// against the tenant's published keys, then issuer, audience and lifetime. Hand-written because the JwtBearer
/// package's IdentityModel dependencies do not restore from the registry this project builds from.
/// </summary>
internal sealed class EntraIdTokenValidator(OidcSigningKeySource keys, IOptions<WebhookOptions> options, TimeProvider time)
{
    private const int MaxTokenLength = 16 * 1024;

    public async Task<TokenValidation> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var parts = token.Split('.');
        if (token.Length > MaxTokenLength || parts.Length != 3)
        {
            return TokenValidation.Invalid("the bearer token is not a signed JWT (three base64url parts)");
        }

        using var header = ReadJson(parts[0]);
        using var payload = ReadJson(parts[1]);
        var signature = Decode(parts[2]);
        if (header is null || payload is null || signature is null
            || header.RootElement.ValueKind != JsonValueKind.Object || payload.RootElement.ValueKind != JsonValueKind.Object)
        {
            return TokenValidation.Invalid("the bearer token's header, claims or signature is not valid base64url JSON");
        }

        if (Text(header.RootElement, "alg") != "RS256")
        {
            return TokenValidation.Invalid("the bearer token's algorithm must be RS256");
        }

        if (Text(header.RootElement, "kid") is not { Length: > 0 } keyId)
        {
            return TokenValidation.Invalid("the bearer token's header has no key id (kid)");
        }

        var keySet = await keys.GetAsync(keyId, cancellationToken);
        if (!keySet.Keys.TryGetValue(keyId, out var key))
        {
            return TokenValidation.Invalid("the bearer token is signed with a key the tenant does not publish");
        }

        using var rsa = RSA.Create(key);
        var signed = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
        return rsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            ? CheckClaims(payload.RootElement, keySet.Issuer)
            : TokenValidation.Invalid("the bearer token's signature is invalid");
    }

    private TokenValidation CheckClaims(JsonElement claims, string metadataIssuer)
    {
        var entra = options.Value.EntraId;
        var configured = entra.ValidIssuers.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        var issuers = configured.Count > 0 ? configured : [metadataIssuer, $"https://sts.windows.net/{entra.TenantId}/"];
        if (Text(claims, "iss") is not { } issuer || !issuers.Contains(issuer, StringComparer.Ordinal))
        {
            return TokenValidation.Invalid("the bearer token's issuer is not the configured tenant");
        }

        if (!Audiences(claims).Contains(entra.Audience, StringComparer.Ordinal))
        {
            return TokenValidation.Invalid("the bearer token's audience is not Webhook:EntraId:Audience");
        }

        var now = time.GetUtcNow();
        if (Seconds(claims, "exp") is not { } expires)
        {
            return TokenValidation.Invalid("the bearer token has no expiry (exp)");
        }

        if (now > expires + entra.ClockSkew)
        {
            return TokenValidation.Invalid("the bearer token has expired");
        }

        return Seconds(claims, "nbf") is { } notBefore && now < notBefore - entra.ClockSkew
            ? TokenValidation.Invalid("the bearer token is not valid yet (nbf)")
            : TokenValidation.Valid;
    }

    private static IEnumerable<string?> Audiences(JsonElement claims) =>
        !claims.TryGetProperty("aud", out var aud) ? []
        : aud.ValueKind == JsonValueKind.String ? [aud.GetString()]
        : aud.ValueKind == JsonValueKind.Array ? aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString())
        : [];

    private static DateTimeOffset? Seconds(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            && seconds is > 0 and < 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonDocument? ReadJson(string part)
    {
        var bytes = Decode(part);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[]? Decode(string part)
    {
        try
        {
            return part.Length == 0 ? null : Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
