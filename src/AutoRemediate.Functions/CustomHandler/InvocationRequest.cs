using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoRemediate.Functions.CustomHandler;

/// <summary>
/// What the Azure Functions host POSTs to a custom handler for a non-HTTP trigger: the trigger and input binding
/// values keyed by binding name, and the trigger's metadata (for a queue: Id, DequeueCount, PopReceipt, ...).
/// </summary>
internal sealed record InvocationRequest(
    [property: JsonPropertyName("Data")] IReadOnlyDictionary<string, JsonElement>? Data,
    [property: JsonPropertyName("Metadata")] IReadOnlyDictionary<string, JsonElement>? Metadata)
{
    /// <summary>The value of a binding that the host sends as a JSON string (a queue message's text).</summary>
    public string? GetString(string bindingName) =>
        Data is not null && Data.TryGetValue(bindingName, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            }
            : null;

    public int? GetMetadataInt(string name) =>
        Metadata is not null && Metadata.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var number)
            ? number
            : Metadata is not null && Metadata.TryGetValue(name, out value) && value.ValueKind == JsonValueKind.String
              && int.TryParse(value.GetString(), out number)
                ? number
                : null;
}
