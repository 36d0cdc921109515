using System.Text;
using System.Text.Json.Nodes;
using AutoRemediate.Core.Text;

namespace AutoRemediate.Functions.Teams;

/// <summary>
/// Builds Adaptive Cards (schema 1.5) in the envelope the Teams Workflows webhook expects:
/// <c>{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","contentUrl":null,"content":card}]}</c>.
/// </summary>
internal static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    private const int MaxTextLength = 1000;

    public static JsonObject Message(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray([.. body]),
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
        if (actions is not null)
        {
            card["actions"] = new JsonArray([.. actions]);
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = ContentType, ["contentUrl"] = null, ["content"] = card }),
        };
    }

    public static JsonObject Heading(string text, string color = "Default") => new()
    {
        ["type"] = "TextBlock", ["text"] = Plain(text), ["weight"] = "Bolder", ["size"] = "Medium", ["color"] = color, ["wrap"] = true,
    };

    public static JsonObject Text(string text, bool subtle = false) => new()
    {
        ["type"] = "TextBlock", ["text"] = Plain(text), ["wrap"] = true, ["isSubtle"] = subtle,
    };

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = Plain(f.Title), ["value"] = Plain(f.Value) })]),
    };

    public static JsonObject OpenUrl(string title, Uri url, string style) => new()
    {
        ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri, ["style"] = style,
    };

    /// <summary>
    /// Untrusted text (alert rule names and descriptions, resource ids, comments) as inert plain text, for every
    /// TextBlock and fact of every card: control, line-separator and bidi characters become visible escapes
    /// (<see cref="UntrustedText.Escape"/>), Teams' Markdown subset (link, emphasis, heading syntax) is escaped, and
    /// the text is cut to a readable length.
    /// </summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var value = UntrustedText.Escape(text.Length > MaxTextLength ? text[..MaxTextLength] + "…" : text);
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\\' or '[' or ']' or '(' or ')' or '*' or '_' or '`' or '#' or '<' or '>' or '~' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
