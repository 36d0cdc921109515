using System.Text.Json.Nodes;

namespace AutoRemediate.AzureFakes.Server;

/// <summary>A request as the fake routes see it.</summary>
internal sealed record FakeCall(string Method, string Path, IReadOnlyDictionary<string, string> Query, string? Body, Uri BaseUri)
{
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
