using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace AutoRemediate.Functions.Engine;

/// <summary>
/// How orchestration inputs, outputs, events and custom statuses are written: web (camelCase) names and enums as
/// their names, so the stored JSON reads well in the dashboard, the CLI and Durable Functions tooling.
/// </summary>
internal static class EngineJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static DataConverter Converter() => new JsonDataConverter(Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
