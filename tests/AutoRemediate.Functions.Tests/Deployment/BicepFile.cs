using System.Text.Json.Serialization;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>One parsed Bicep file: its syntax errors (empty when it parsed cleanly) and its tree.</summary>
internal sealed record BicepFile(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("errors")] IReadOnlyList<BicepSyntaxError> Errors,
    [property: JsonPropertyName("tree")] BicepNode? Tree)
{
    public BicepNode Root => Tree ?? throw new InvalidOperationException($"{Path} was parsed without its tree.");

    /// <summary>The value node of <c>var NAME = …</c>.</summary>
    public BicepNode? Variable(string name) => Root.Nodes
        .Where(n => n.Type == "variable_declaration" && n.Nodes.Count >= 2 && n.Nodes[0].Text == name)
        .Select(n => n.Nodes[^1])
        .FirstOrDefault();

    /// <summary>The string items of <c>var NAME = ['…', …]</c>; throws when the variable is missing or not such an array.</summary>
    public IReadOnlyList<string> StringArrayVariable(string name) =>
        Variable(name) is { Type: "array" } array
            ? [.. array.Nodes.Select(item => item.StringLiteral ?? throw new InvalidOperationException($"{Path}:{item.Line}: {name} must hold plain strings."))]
            : throw new InvalidOperationException($"{Path}: no array variable '{name}'.");

    /// <summary>
    /// Every app setting name in the <c>appSettings</c> of the file: <c>{ name: '…', value: … }</c> objects in the
    /// property's expression and in the variables it references.
    /// </summary>
    public IReadOnlyList<string> AppSettingNames()
    {
        var expression = Root.Descendants().Where(n => n.Type == "object_property" && n.Nodes[0].Text == "appSettings")
            .Select(n => n.Nodes[^1]).SingleOrDefault() ?? throw new InvalidOperationException($"{Path}: no appSettings property.");
        var scopes = expression.Descendants().Where(n => n.Type == "identifier").Select(n => Variable(n.Text!)).OfType<BicepNode>().Prepend(expression);
        return [.. scopes.SelectMany(scope => scope.Descendants().Prepend(scope))
            .Where(n => n.Type == "object" && n.Properties.ContainsKey("value"))
            .Select(n => n.Properties.GetValueOrDefault("name")?.StringLiteral)
            .OfType<string>()];
    }
}
