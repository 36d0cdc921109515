using System.Text.Json.Serialization;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>An ERROR or MISSING node the grammar found.</summary>
internal sealed record BicepSyntaxError(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("message")] string Message);
