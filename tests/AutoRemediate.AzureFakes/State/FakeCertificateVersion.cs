namespace AutoRemediate.AzureFakes.State;

/// <summary>One version of a fake Key Vault certificate.</summary>
/// <param name="Version">The version id.</param>
/// <param name="Created">When it was created (server clock).</param>
/// <param name="NotBefore">Valid from.</param>
/// <param name="Expires">Valid until.</param>
public sealed record FakeCertificateVersion(string Version, DateTimeOffset Created, DateTimeOffset NotBefore, DateTimeOffset Expires);
