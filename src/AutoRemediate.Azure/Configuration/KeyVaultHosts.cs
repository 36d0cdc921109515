namespace AutoRemediate.Azure.Configuration;

/// <summary>Decides which hosts may receive a Key Vault token.</summary>
internal sealed class KeyVaultHosts(AzureActuatorOptions options)
{
    /// <summary>The public cloud's vault DNS suffix: <c>{vault}.vault.azure.net</c>.</summary>
    public const string PublicCloudSuffix = "vault.azure.net";

    private static readonly IReadOnlyList<string> CloudSuffixes =
        [PublicCloudSuffix, "vault.azure.cn", "vault.usgovcloudapi.net", "vault.microsoftazure.de", "managedhsm.azure.net"];

    /// <summary>Throws unless <paramref name="vaultUri"/> is https on an allowed host.</summary>
    public void Check(Uri vaultUri)
    {
        ArgumentNullException.ThrowIfNull(vaultUri);
        IReadOnlyList<string> suffixes = options.KeyVaultDnsSuffixes is { Length: > 0 } configured ? configured : CloudSuffixes;
        var host = vaultUri.Host;
        var allowed = vaultUri is { IsAbsoluteUri: true, Scheme: "https" }
            && suffixes.Any(suffix => host.Equals(suffix, StringComparison.OrdinalIgnoreCase)
                || host.EndsWith("." + suffix.TrimStart('.'), StringComparison.OrdinalIgnoreCase));
        if (!allowed)
        {
            throw new ArgumentException(
                $"Vault '{vaultUri}' is not an https URL on an allowed Key Vault host (setting {nameof(AzureActuatorOptions.KeyVaultDnsSuffixes)}).",
                nameof(vaultUri));
        }
    }
}
