using System.Text.Json;
using AutoRemediate.Core.Toil;

namespace AutoRemediate.Storage.Toil;

/// <summary>The stored form of a report: web JSON (camelCase, enums by name), the same shape the API serves.</summary>
public static class ToilReportJson
{
    /// <summary>The serializer options for reports.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>The report as JSON.</summary>
    public static string Serialize(ToilReport report) => JsonSerializer.Serialize(report, Options);

    /// <summary>A report from JSON; throws <see cref="JsonException"/> for anything else.</summary>
    public static ToilReport Deserialize(string json) =>
        JsonSerializer.Deserialize<ToilReport>(json, Options) ?? throw new JsonException("A stored toil report is null.");
}
