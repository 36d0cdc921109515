using System.Text.Json.Nodes;

namespace AutoRemediate.Azure.AppService;

/// <summary>An App Service certificate's state.</summary>
/// <param name="Id">Its resource id.</param>
/// <param name="Thumbprint">The SHA-1 thumbprint (upper-case hex) of the certificate App Service serves.</param>
/// <param name="KeyVaultId">The vault's resource id, for Key Vault-backed certificates.</param>
/// <param name="KeyVaultSecretName">The Key Vault secret (the certificate's name) it is imported from.</param>
/// <param name="Expires">The served certificate's expiry.</param>
public sealed record AppServiceCertificate(string Id, string? Thumbprint, string? KeyVaultId, string? KeyVaultSecretName, DateTimeOffset? Expires)
{
    internal static AppServiceCertificate From(JsonObject json)
    {
        var properties = json["properties"];
        return new AppServiceCertificate(
            json["id"]?.GetValue<string>() ?? string.Empty,
            properties?["thumbprint"]?.GetValue<string>(),
            properties?["keyVaultId"]?.GetValue<string>(),
            properties?["keyVaultSecretName"]?.GetValue<string>(),
            properties?["expirationDate"]?.GetValue<string>() is { } date ? DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture) : null);
    }
}
