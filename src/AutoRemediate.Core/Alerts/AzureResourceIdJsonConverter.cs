using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoRemediate.Core.Alerts;

/// <summary>
/// Writes an <see cref="AzureResourceId"/> as its original text and parses it back, so alerts can travel as
/// orchestration inputs and event payloads; the derived parts are recomputed rather than trusted from storage.
/// </summary>
public sealed class AzureResourceIdJsonConverter : JsonConverter<AzureResourceId>
{
    /// <inheritdoc />
    public override AzureResourceId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"An Azure resource id must be a JSON string, not {reader.TokenType}.");
        return AzureResourceId.TryParse(text, out var id, out var error) ? id : throw new JsonException(error);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AzureResourceId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Original);
    }
}
