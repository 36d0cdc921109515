using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoRemediate.Durable.Serialization;

/// <summary>The one JSON configuration of the engine: user inputs/outputs, history events, work messages.</summary>
/// <remarks>
/// WARNING: the naming policy and converters decide the stored format of histories, inbox rows and queued
/// messages; changing them breaks instances in flight. The options are frozen (read-only) on creation.
/// </remarks>
internal static class DurableJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static string? Serialize(object? value) =>
        value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Options);

    public static T? Deserialize<T>(string? json) =>
        json is null ? default : JsonSerializer.Deserialize<T>(json, Options);

    public static object? Deserialize(string? json, Type type) =>
        json is null ? null : JsonSerializer.Deserialize(json, type, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
