using System.Text.Json;

namespace AutoRemediate.Azure.KeyVault;

/// <summary>One version of a Key Vault certificate, as its attributes describe it.</summary>
/// <param name="Id">The version's identifier URL (<c>{vault}/certificates/{name}/{version}</c>).</param>
/// <param name="Name">The certificate name.</param>
/// <param name="Version">The version id.</param>
/// <param name="Thumbprint">The <c>x5t</c> thumbprint (base64url), when reported.</param>
/// <param name="NotBefore">Valid from.</param>
/// <param name="Expires">Valid until (<c>attributes.exp</c>).</param>
/// <param name="Created">When the version was created.</param>
/// <param name="Enabled">Whether the version is enabled.</param>
public sealed record KeyVaultCertificate(
    Uri Id, string Name, string Version, string? Thumbprint, DateTimeOffset? NotBefore, DateTimeOffset? Expires, DateTimeOffset? Created, bool Enabled)
{
    internal static KeyVaultCertificate From(JsonElement json)
    {
        var id = new Uri(json.GetProperty("id").GetString()!);
        var segments = id.AbsolutePath.Trim('/').Split('/');
        var attributes = json.TryGetProperty("attributes", out var a) ? a : default;
        return new KeyVaultCertificate(
            id,
            segments.Length > 1 ? segments[1] : string.Empty,
            segments.Length > 2 ? segments[2] : string.Empty,
            json.TryGetProperty("x5t", out var x5t) ? x5t.GetString() : null,
            UnixTime(attributes, "nbf"),
            UnixTime(attributes, "exp"),
            UnixTime(attributes, "created"),
            attributes.ValueKind != JsonValueKind.Object || !attributes.TryGetProperty("enabled", out var enabled) || enabled.GetBoolean());
    }

    private static DateTimeOffset? UnixTime(JsonElement attributes, string name) =>
        attributes.ValueKind == JsonValueKind.Object && attributes.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? DateTimeOffset.FromUnixTimeSeconds(value.GetInt64())
            : null;
}
