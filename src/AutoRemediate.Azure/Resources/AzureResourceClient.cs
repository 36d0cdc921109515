using Azure.Core;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Resources;

/// <inheritdoc />
internal sealed class AzureResourceClient(ResourceManagerContext context) : IAzureResourceClient
{
    public async Task<AzureResult<AzureResource>> GetAsync(ResourceIdentifier id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var request = await context.RequestAsync("GET", id, string.Empty, null, cancellationToken).ConfigureAwait(false);
        var response = await context.Executor.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        return new AzureResult<AzureResource>(AzureResource.From(response.Json()), response.RequestIds);
    }
}
