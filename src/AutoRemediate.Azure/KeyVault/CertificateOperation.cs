using Azure.Security.KeyVault.Certificates;

namespace AutoRemediate.Azure.KeyVault;

/// <summary>A certificate's pending create operation (<c>{vault}/certificates/{name}/pending</c>).</summary>
/// <param name="Status"><c>inProgress</c>, <c>completed</c>, <c>failed</c> or <c>cancelled</c>.</param>
/// <param name="StatusDetails">Key Vault's explanation, when given.</param>
/// <param name="Target">The certificate the operation creates a version of.</param>
/// <param name="ErrorCode">The error code of a failed operation.</param>
/// <param name="ErrorMessage">The error message of a failed operation.</param>
public sealed record CertificateOperation(string Status, string? StatusDetails, string? Target, string? ErrorCode, string? ErrorMessage)
{
    /// <summary>Whether Key Vault is still working on it.</summary>
    public bool InProgress => string.Equals(Status, "inProgress", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the new version exists.</summary>
    public bool Completed => string.Equals(Status, "completed", StringComparison.OrdinalIgnoreCase);

    internal static CertificateOperation From(CertificateOperationProperties properties) => new(
        properties.Status ?? "unknown", properties.StatusDetails, properties.Target, properties.Error?.Code, properties.Error?.Message);
}
