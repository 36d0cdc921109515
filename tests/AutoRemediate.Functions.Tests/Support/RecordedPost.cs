using System.Text.Json.Nodes;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>One JSON body the fake Teams server received, with accessors for the Adaptive Card inside it.</summary>
internal sealed record RecordedPost(string Path, string Json, JsonNode Body)
{
    public JsonNode Card => Body["attachments"]![0]!["content"]!;

    /// <summary>Every fact of the card as "title=value" (Markdown escapes removed).</summary>
    public IReadOnlyList<string> Facts =>
    [
        .. Card["body"]!.AsArray().Where(b => (string?)b!["type"] == "FactSet")
            .SelectMany(f => f!["facts"]!.AsArray())
            .Select(f => Unescape($"{f!["title"]}={f["value"]}")),
    ];

    public string Heading => Unescape((string)Card["body"]![0]!["text"]!);

    public Uri ActionUrl(string title) =>
        new((string)Card["actions"]!.AsArray().Single(a => (string?)a!["title"] == title)!["url"]!);

    private static string Unescape(string text) => text.Replace("\\", string.Empty, StringComparison.Ordinal);
}
