using System.Collections.Frozen;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Errors;

namespace AutoRemediate.Azure.Resources;

/// <summary>
/// API versions for the resource types the SDKs do not cover (App Service, Container Apps, Azure Monitor metrics),
/// overridden per type by <see cref="AzureActuatorOptions.ApiVersions"/>. Every entry is also handed to the
/// <c>ArmClient</c>, so a generic read of these types uses the same version and needs no provider lookup; any other
/// type's version the SDKs choose (their own for Compute, the first one the provider lists for generic reads).
/// </summary>
internal sealed class ApiVersionTable(AzureActuatorOptions options)
{
    internal const string MetricsType = "Microsoft.Insights/metrics";

    private static readonly FrozenDictionary<string, string> BuiltIn = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Web/sites"] = "2023-12-01",
        ["Microsoft.Web/sites/slots"] = "2023-12-01",
        ["Microsoft.Web/serverfarms"] = "2023-12-01",
        ["Microsoft.Web/certificates"] = "2023-12-01",
        ["Microsoft.App/containerApps"] = "2024-03-01",
        ["Microsoft.App/containerApps/revisions"] = "2024-03-01",
        [MetricsType] = "2023-10-01",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The built-in versions with the configured ones laid over them.</summary>
    public IReadOnlyDictionary<string, string> All
    {
        get
        {
            var all = new Dictionary<string, string>(BuiltIn, StringComparer.OrdinalIgnoreCase);
            foreach (var (type, version) in options.ApiVersions)
            {
                all[type] = version;
            }

            return all;
        }
    }

    /// <summary>The configured or built-in version of <paramref name="resourceType"/>.</summary>
    /// <exception cref="ApiVersionUnresolvedException">Neither is known.</exception>
    public string Version(string resourceType) =>
        options.ApiVersions.TryGetValue(resourceType, out var configured) ? configured
        : BuiltIn.TryGetValue(resourceType, out var builtIn) ? builtIn
        : throw new ApiVersionUnresolvedException($"No API version for {resourceType}; set ApiVersions:{resourceType}.", nameof(resourceType));
}
