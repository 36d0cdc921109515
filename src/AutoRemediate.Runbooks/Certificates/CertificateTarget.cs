namespace AutoRemediate.Runbooks.Certificates;

/// <summary>The certificate to rotate and who uses it, fixed in history before anything is touched.</summary>
/// <param name="Vault">The vault URL, e.g. <c>https://kv-shared-prod.vault.azure.net/</c>.</param>
/// <param name="Name">The certificate name.</param>
/// <param name="Consumers">App Service certificate resource ids (<c>Microsoft.Web/certificates</c>) to re-import afterwards.</param>
/// <param name="PollInterval">The durable wait between checks of Key Vault's pending operation.</param>
/// <param name="PollTimeout">How long to wait for the new version before escalating.</param>
internal sealed record CertificateTarget(Uri Vault, string Name, IReadOnlyList<string> Consumers, TimeSpan PollInterval, TimeSpan PollTimeout)
{
    public string Id => $"{Vault.GetLeftPart(UriPartial.Authority)}/certificates/{Name}";
}
