using System.Text.Json;

namespace AutoRemediate.Azure.Resources;

/// <summary>An ARM resource as read: identity, tags, and its <c>properties</c> and <c>sku</c> as raw JSON.</summary>
/// <param name="Id">The resource id.</param>
/// <param name="Name">The resource name.</param>
/// <param name="Type">The resource type, e.g. <c>Microsoft.Web/sites</c>.</param>
/// <param name="Location">The Azure region, when the resource has one.</param>
/// <param name="Tags">The resource's tags (empty when none).</param>
/// <param name="Properties">The <c>properties</c> object (an empty object when absent).</param>
/// <param name="Sku">The <c>sku</c> object, when present.</param>
public sealed record AzureResource(
    string Id, string Name, string Type, string? Location, IReadOnlyDictionary<string, string> Tags, JsonElement Properties, JsonElement? Sku)
{
    internal static AzureResource From(JsonElement json)
    {
        var tags = json.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Object
            ? t.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return new AzureResource(
            json.GetProperty("id").GetString()!,
            json.TryGetProperty("name", out var name) ? name.GetString()! : string.Empty,
            json.TryGetProperty("type", out var type) ? type.GetString()! : string.Empty,
            json.TryGetProperty("location", out var location) ? location.GetString() : null,
            tags,
            json.TryGetProperty("properties", out var properties) ? properties : JsonDocument.Parse("{}").RootElement.Clone(),
            json.TryGetProperty("sku", out var sku) && sku.ValueKind == JsonValueKind.Object ? sku : null);
    }
}
