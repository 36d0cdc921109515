using Azure.Core;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.AppService;

/// <summary>App Service certificates imported from Key Vault (<c>Microsoft.Web/certificates</c>).</summary>
public interface IAppServiceCertificateClient
{
    /// <summary>The certificate as App Service holds it: thumbprint, expiry and the Key Vault secret it comes from.</summary>
    Task<AzureResult<AppServiceCertificate>> GetAsync(ResourceIdentifier certificate, CancellationToken cancellationToken = default);

    /// <summary>
    /// Re-imports the certificate from its Key Vault secret now (a PUT of the same <c>keyVaultId</c>,
    /// <c>keyVaultSecretName</c> and <c>serverFarmId</c>) instead of waiting for App Service's daily sync. Bindings that
    /// use the certificate by thumbprint follow the new one.
    /// </summary>
    Task<AzureActionResult> ReimportAsync(ResourceIdentifier certificate, CancellationToken cancellationToken = default);
}
