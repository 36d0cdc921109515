using Azure.Core;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Resources;

/// <summary>What every ARM REST client needs: the client (live or dry run), the endpoint and the API versions.</summary>
internal sealed class ResourceManagerContext(AzureRestClient client, AzureActuatorOptions options, ApiVersionTable versions)
{
    public AzureRestClient Client => client;

    /// <summary>Builds a request on <paramref name="id"/> (plus a path suffix) with the resource type's API version.</summary>
    public ArmRequest Request(string method, ResourceIdentifier id, string suffix, string? body, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new ArmRequest(method, Build(id + suffix, versions.Version(id.ResourceType.ToString()), query), body, AzureAudience.ResourceManager);
    }

    public Uri Build(string path, string apiVersion, string? query = null) =>
        new($"{options.ResourceManagerEndpoint.AbsoluteUri.TrimEnd('/')}{path}?api-version={apiVersion}{(query is null ? string.Empty : "&" + query)}");

    public string Version(string resourceType) => versions.Version(resourceType);

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
