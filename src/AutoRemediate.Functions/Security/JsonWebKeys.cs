using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;

namespace AutoRemediate.Functions.Security;

/// <summary>Reads RSA signature keys from a JWKS (RFC 7517); other key types and encryption keys are skipped.</summary>
internal static class JsonWebKeys
{
    public static bool TryReadRsaSigningKey(JsonElement key, [NotNullWhen(true)] out string? keyId, out RSAParameters parameters)
    {
        keyId = null;
        parameters = default;
        if (key.ValueKind != JsonValueKind.Object
            || Text(key, "kty") != "RSA"
            || Text(key, "use") is not (null or "sig")
            || Text(key, "kid") is not { Length: > 0 } kid
            || Text(key, "n") is not { Length: > 0 } modulus
            || Text(key, "e") is not { Length: > 0 } exponent)
        {
            return false;
        }

        try
        {
            parameters = new RSAParameters { Modulus = Base64Url.DecodeFromChars(modulus), Exponent = Base64Url.DecodeFromChars(exponent) };
        }
        catch (FormatException)
        {
            return false;
        }

        keyId = kid;
        return true;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
