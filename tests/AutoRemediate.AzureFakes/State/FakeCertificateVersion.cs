namespace AutoRemediate.AzureFakes.State;

/// <summary>One version of a fake Key Vault certificate.</summary>
/// <param name="Version">The version id.</param>
/// <param name="Created">When it was created (server clock).</param>
/// <param name="NotBefore">Valid from.</param>
/// <param name="Expires">Valid until.</param>
public sealed record FakeCertificateVersion(string Version, DateTimeOffset Created, DateTimeOffset NotBefore, DateTimeOffset Expires)
{
    /// <summary>The fake's SHA-1 stand-in: 12 bytes whose base64url is the version's <c>x5t</c>, as upper-case hex (App Service's form).</summary>
    public string Thumbprint => Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(Version[..12]));
}
