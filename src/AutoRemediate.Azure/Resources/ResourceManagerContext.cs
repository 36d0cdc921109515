using Azure.Core;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Resources;

/// <summary>What every ARM client needs: the executor (live or dry run), the endpoint and the API versions.</summary>
internal sealed class ResourceManagerContext(IAzureRequestExecutor executor, AzureActuatorOptions options, ApiVersionResolver versions)
{
    public IAzureRequestExecutor Executor => executor;

    public Uri Endpoint => options.ResourceManagerEndpoint;

    /// <summary>Builds a request on <paramref name="id"/> (plus a path suffix) with the resource type's API version.</summary>
    public async Task<ArmRequest> RequestAsync(
        string method, ResourceIdentifier id, string suffix, string? body, CancellationToken cancellationToken, string? query = null)
    {
        var version = await versions.ResolveAsync(id, executor, Endpoint, cancellationToken).ConfigureAwait(false);
        return new ArmRequest(method, Build(id + suffix, version, query), body, AzureAudience.ResourceManager);
    }

    public Uri Build(string path, string apiVersion, string? query = null) =>
        new($"{Endpoint.AbsoluteUri.TrimEnd('/')}{path}?api-version={apiVersion}{(query is null ? string.Empty : "&" + query)}");

    public string Version(string resourceType) => versions.Known(resourceType)
        ?? throw new InvalidOperationException($"No API version for {resourceType}; set ApiVersions:{resourceType}.");

    /// <summary>Throws unless <paramref name="id"/> is of one of the <paramref name="types"/>.</summary>
    public static void RequireType(ResourceIdentifier id, params string[] types)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!types.Contains(id.ResourceType.ToString(), StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Resource '{id}' is a {id.ResourceType}, expected {string.Join(" or ", types)}.", nameof(id));
        }
    }
}
