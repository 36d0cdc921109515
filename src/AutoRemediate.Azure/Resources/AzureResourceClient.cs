using System.Text.Json;
using Azure.Core;
using Azure.ResourceManager;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Sdk;

namespace AutoRemediate.Azure.Resources;

/// <summary>
/// Generic resource reads on <see cref="ArmClient.GetGenericResource"/>: the SDK picks the API version (configured or
/// built-in ones first, else the first one the provider's metadata lists, looked up once per client).
/// </summary>
internal sealed class AzureResourceClient(ArmClient arm, SdkCalls calls) : IAzureResourceClient
{
    public async Task<AzureResult<AzureResource>> GetAsync(ResourceIdentifier id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var resource = arm.GetGenericResource(id);
        try
        {
            // The raw body, not GenericResourceData: properties and sku stay exactly as the provider wrote them.
            return await calls.ReadAsync(
                $"GET {id}", () => resource.GetAsync(cancellationToken), response => Parse(response.GetRawResponse().Content)).ConfigureAwait(false);
        }
        catch (InvalidOperationException exception) when (exception is not ObjectDisposedException)
        {
            // The SDK found no API version for the type in the provider's metadata.
            throw new ApiVersionUnresolvedException(
                $"Provider {id.ResourceType.Namespace} lists no API version for '{id.ResourceType}' ({exception.Message}); set ApiVersions:{id.ResourceType}.", nameof(id));
        }
    }

    private static AzureResource Parse(BinaryData content)
    {
        using var document = JsonDocument.Parse(content);
        return AzureResource.From(document.RootElement.Clone());
    }
}
