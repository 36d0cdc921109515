namespace AutoRemediate.Runbooks.Certificates;

/// <summary>A certificate's current version as Key Vault reports it.</summary>
/// <param name="Version">The current version id.</param>
/// <param name="Expires">Its expiry.</param>
/// <param name="Thumbprint">Its SHA-1 thumbprint as upper-case hex (App Service's form), from <c>x5t</c>.</param>
/// <param name="ValidityMonths">The policy's <c>x509_props.validity_months</c>.</param>
/// <param name="VersionIds">Every version id, oldest first as listed.</param>
/// <param name="RequestId">The <c>x-ms-request-id</c> of the read.</param>
internal sealed record CertificateSnapshot(string Version, DateTimeOffset? Expires, string? Thumbprint, int ValidityMonths, IReadOnlyList<string> VersionIds, string? RequestId);
