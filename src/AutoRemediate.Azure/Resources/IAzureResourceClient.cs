using Azure.Core;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Resources;

/// <summary>Reads any ARM resource (runbooks check tags and state before acting).</summary>
public interface IAzureResourceClient
{
    /// <summary>Reads the resource; the API version comes from configuration, the built-in table or the provider's metadata.</summary>
    /// <exception cref="Errors.AzureNotFoundException">The resource does not exist.</exception>
    Task<AzureResult<AzureResource>> GetAsync(ResourceIdentifier id, CancellationToken cancellationToken = default);
}
