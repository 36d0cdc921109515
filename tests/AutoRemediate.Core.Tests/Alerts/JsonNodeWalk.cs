using System.Text.Json.Nodes;

namespace AutoRemediate.Core.Tests.Alerts;

/// <summary>Depth-first enumeration of a JSON tree, for mutation tests.</summary>
internal static class JsonNodeWalk
{
    public static IEnumerable<JsonNode?> DescendantsAndSelf(this JsonNode? node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in child.DescendantsAndSelf())
            {
                yield return descendant;
            }
        }
    }
}
