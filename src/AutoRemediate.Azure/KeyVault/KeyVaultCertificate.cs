using Azure.Security.KeyVault.Certificates;

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
    internal static KeyVaultCertificate From(CertificateProperties properties) => new(
        properties.Id,
        properties.Name,
        properties.Version ?? string.Empty,
        properties.X509Thumbprint is { Length: > 0 } thumbprint ? Convert.ToBase64String(thumbprint).TrimEnd('=').Replace('+', '-').Replace('/', '_') : null,
        properties.NotBefore,
        properties.ExpiresOn,
        properties.CreatedOn,
        properties.Enabled ?? true);
}
