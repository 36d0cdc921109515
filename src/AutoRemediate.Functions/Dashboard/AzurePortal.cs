using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>Links to a resource in the Azure portal, only for ids that parse as ARM ids.</summary>
internal static class AzurePortal
{
    public const string Base = "https://portal.azure.com/#@/resource";

    /// <summary>
    /// The portal address of <paramref name="resourceId"/>, or null when it is not a valid ARM id. Each segment is
    /// percent-encoded, so nothing in an id can leave the portal's path (the markup encodes the result again).
    /// </summary>
    public static string? Link(string? resourceId)
    {
        if (!AzureResourceId.TryParse(resourceId, out var id, out _))
        {
            return null;
        }

        var path = string.Join("/", id.Original.Split('/').Select(Uri.EscapeDataString));
        return Base + path;
    }
}
