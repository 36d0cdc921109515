using System.Text.Json.Nodes;
using Azure.Core;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Resources;

namespace AutoRemediate.Azure.AppService;

/// <inheritdoc />
internal sealed class AppServiceCertificateClient(ResourceManagerContext context) : IAppServiceCertificateClient
{
    private const string Certificates = "Microsoft.Web/certificates";

    public async Task<AzureResult<AppServiceCertificate>> GetAsync(ResourceIdentifier certificate, CancellationToken cancellationToken = default)
    {
        var (json, ids) = await ReadAsync(certificate, cancellationToken).ConfigureAwait(false);
        return new AzureResult<AppServiceCertificate>(AppServiceCertificate.From(json), ids);
    }

    public async Task<AzureActionResult> ReimportAsync(ResourceIdentifier certificate, CancellationToken cancellationToken = default)
    {
        var (current, _) = await ReadAsync(certificate, cancellationToken).ConfigureAwait(false);
        var properties = current["properties"];
        if (properties?["keyVaultId"] is null || properties["keyVaultSecretName"] is null)
        {
            throw new InvalidOperationException($"App Service certificate {certificate} is not imported from Key Vault (no keyVaultId/keyVaultSecretName); it cannot be refreshed from a new version.");
        }

        // Only what defines a Key Vault import goes back; the rest of properties is read-only and computed from the secret.
        var body = new JsonObject
        {
            ["location"] = current["location"]?.DeepClone(),
            ["tags"] = current["tags"]?.DeepClone(),
            ["properties"] = new JsonObject
            {
                ["keyVaultId"] = properties["keyVaultId"]!.DeepClone(),
                ["keyVaultSecretName"] = properties["keyVaultSecretName"]!.DeepClone(),
                ["serverFarmId"] = properties["serverFarmId"]?.DeepClone(),
            },
        };
        var request = context.Request("PUT", certificate, string.Empty, body.ToJsonString());
        return await context.Client.ChangeAsync(request, waitForCompletion: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(JsonObject Json, AzureRequestIds Ids)> ReadAsync(ResourceIdentifier certificate, CancellationToken cancellationToken)
    {
        ResourceManagerContext.RequireType(certificate, Certificates);
        var request = context.Request("GET", certificate, string.Empty, null);
        var response = await context.Client.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        return (JsonNode.Parse(response.Content.ToString())!.AsObject(), response.RequestIds);
    }
}
