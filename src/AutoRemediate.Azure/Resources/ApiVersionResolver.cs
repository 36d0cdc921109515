using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using Azure.Core;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Requests;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Resources;

/// <summary>
/// Picks the API version for a resource type: configured ones first, then built-in ones for the types the runbooks
/// act on, then the newest stable version the provider's metadata lists (looked up once per type).
/// </summary>
internal sealed class ApiVersionResolver(AzureActuatorOptions options, ILogger logger)
{
    internal const string ProvidersApiVersion = "2022-09-01";
    internal const string MetricsType = "Microsoft.Insights/metrics";

    private static readonly FrozenDictionary<string, string> BuiltIn = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Web/sites"] = "2023-12-01",
        ["Microsoft.Web/sites/slots"] = "2023-12-01",
        ["Microsoft.Web/serverfarms"] = "2023-12-01",
        ["Microsoft.Web/certificates"] = "2023-12-01",
        ["Microsoft.Compute/virtualMachines"] = "2024-07-01",
        ["Microsoft.Compute/virtualMachineScaleSets"] = "2024-07-01",
        ["Microsoft.Compute/virtualMachineScaleSets/virtualMachines"] = "2024-07-01",
        ["Microsoft.App/containerApps"] = "2024-03-01",
        ["Microsoft.App/containerApps/revisions"] = "2024-03-01",
        ["Microsoft.KeyVault/vaults"] = "2023-07-01",
        ["Microsoft.Storage/storageAccounts"] = "2023-05-01",
        ["Microsoft.Resources/resourceGroups"] = "2022-09-01",
        ["Microsoft.Resources/subscriptions"] = "2022-12-01",
        [MetricsType] = "2023-10-01",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<string, string> _discovered = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured or built-in version; <see langword="null"/> when the provider must be asked.</summary>
    public string? Known(string resourceType) =>
        options.ApiVersions.TryGetValue(resourceType, out var configured) ? configured
        : BuiltIn.TryGetValue(resourceType, out var builtIn) ? builtIn
        : _discovered.TryGetValue(resourceType, out var discovered) ? discovered
        : null;

    public async ValueTask<string> ResolveAsync(ResourceIdentifier id, IAzureRequestExecutor executor, Uri endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var type = id.ResourceType.ToString();
        if (Known(type) is { } version)
        {
            return version;
        }

        var subscription = id.SubscriptionId ?? throw new ApiVersionUnresolvedException($"Resource '{id}' has no subscription, so its API version cannot be looked up; set ApiVersions:{type}.", nameof(id));
        var request = new ArmRequest(
            "GET",
            new Uri($"{endpoint.AbsoluteUri.TrimEnd('/')}/subscriptions/{subscription}/providers/{id.ResourceType.Namespace}?api-version={ProvidersApiVersion}"),
            null,
            AzureAudience.ResourceManager);
        var provider = (await executor.ReadAsync(request, cancellationToken).ConfigureAwait(false)).Json();
        var resolved = Newest(provider, id.ResourceType.Type)
            ?? throw new ApiVersionUnresolvedException($"Provider {id.ResourceType.Namespace} lists no API version for '{type}'; set ApiVersions:{type}.", nameof(id));
        Logs.ApiVersionResolved(logger, type, resolved);
        return _discovered.GetOrAdd(type, resolved);
    }

    private static string? Newest(JsonElement provider, string typeName)
    {
        if (!provider.TryGetProperty("resourceTypes", out var types))
        {
            return null;
        }

        var versions = types.EnumerateArray()
            .Where(t => string.Equals(t.GetProperty("resourceType").GetString(), typeName, StringComparison.OrdinalIgnoreCase))
            .SelectMany(t => t.TryGetProperty("apiVersions", out var list) ? list.EnumerateArray().Select(v => v.GetString()!) : [])
            .OrderDescending(StringComparer.Ordinal)
            .ToList();
        // Preview versions change shape without notice: only when nothing stable exists.
        return versions.FirstOrDefault(v => !v.Contains("preview", StringComparison.OrdinalIgnoreCase)) ?? versions.FirstOrDefault();
    }
}
