using System.Text.Json;
using AutoRemediate.Azure.Resources;

namespace AutoRemediate.Azure.AppService;

/// <summary>What a site's ARM resource says about the App Service plan it runs on.</summary>
public static class AppServiceSites
{
    /// <summary>The id of the plan (<c>properties.serverFarmId</c>) a site runs on; null when the site names none.</summary>
    public static string? PlanId(AzureResource site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Properties.TryGetProperty("serverFarmId", out var farm) && farm.ValueKind == JsonValueKind.String
            && farm.GetString() is { Length: > 0 } plan
            ? plan
            : null;
    }
}
