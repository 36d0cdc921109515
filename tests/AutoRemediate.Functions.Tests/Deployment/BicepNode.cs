using System.Text.Json.Serialization;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>A named node of a tree-sitter-bicep parse tree, as scripts/bicep-parse.mjs prints it.</summary>
internal sealed record BicepNode(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("field")] string? Field,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("children")] IReadOnlyList<BicepNode>? Children)
{
    public IReadOnlyList<BicepNode> Nodes => Children ?? [];

    public IEnumerable<BicepNode> Descendants() => Nodes.SelectMany(child => child.Descendants().Prepend(child));

    /// <summary>The literal value of a string node without interpolation, else null.</summary>
    public string? StringLiteral => Type == "string" && Nodes is [{ Type: "string_content", Text: var text }] ? text
        : Type == "string" && Nodes.Count == 0 ? string.Empty
        : null;

    /// <summary>For an object node: its properties by key.</summary>
    public IReadOnlyDictionary<string, BicepNode> Properties => Nodes
        .Where(p => p.Type == "object_property" && p.Nodes.Count >= 2)
        .ToDictionary(p => p.Nodes[0].Text ?? p.Nodes[0].StringLiteral ?? string.Empty, p => p.Nodes[^1], StringComparer.Ordinal);
}
