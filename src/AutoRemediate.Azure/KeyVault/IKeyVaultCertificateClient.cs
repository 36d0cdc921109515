using System.Text.Json;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.KeyVault;

/// <summary>
/// Key Vault certificate reads and rotation (a new version with the certificate's own policy). Nothing here deletes.
/// </summary>
public interface IKeyVaultCertificateClient
{
    /// <summary>The certificate's current version.</summary>
    Task<AzureResult<KeyVaultCertificate>> GetAsync(Uri vault, string name, CancellationToken cancellationToken = default);

    /// <summary>The certificate's policy, as Key Vault returned it.</summary>
    Task<AzureResult<JsonElement>> GetPolicyAsync(Uri vault, string name, CancellationToken cancellationToken = default);

    /// <summary>Every version of the certificate.</summary>
    Task<AzureResult<IReadOnlyList<KeyVaultCertificate>>> ListVersionsAsync(Uri vault, string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a new version with the certificate's existing policy (<c>POST {vault}/certificates/{name}/create</c>);
    /// Key Vault answers 202 and issues it in the background (see <see cref="GetPendingOperationAsync"/>).
    /// </summary>
    Task<AzureActionResult> BeginNewVersionAsync(Uri vault, string name, CancellationToken cancellationToken = default);

    /// <summary>The pending create operation's state.</summary>
    /// <exception cref="Errors.AzureNotFoundException">No create operation is pending.</exception>
    Task<AzureResult<CertificateOperation>> GetPendingOperationAsync(Uri vault, string name, CancellationToken cancellationToken = default);

    /// <summary>Polls the pending operation until it completes; a failed or cancelled one throws.</summary>
    /// <exception cref="Errors.AzureOperationFailedException">The operation failed or was cancelled.</exception>
    /// <exception cref="Errors.AzureOperationTimeoutException">Still in progress when the polling timeout ran out.</exception>
    Task<AzureResult<CertificateOperation>> WaitForPendingOperationAsync(Uri vault, string name, CancellationToken cancellationToken = default);
}
