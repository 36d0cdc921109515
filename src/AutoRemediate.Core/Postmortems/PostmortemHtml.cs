using System.Text;
using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Postmortems;

/// <summary>
/// A draft as one self-contained HTML page: inline style only, no scripts, fonts or other external resources, and
/// every value HTML-encoded on one line.
/// </summary>
public static class PostmortemHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:72rem}table{border-collapse:collapse;margin:0 0 1.5rem}" +
        "th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}h1{font-size:1.4rem}h2{font-size:1.1rem}" +
        ".muted{color:#666}.warning{border:2px solid #b00020;background:#fdecea;padding:.5rem 1rem;margin:1rem 0}.todo{color:#666;font-style:italic}";

    /// <summary>The page.</summary>
    public static string Format(PostmortemDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(PostmortemFigures.Title(draft)))
            .Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E(PostmortemFigures.Title(draft))).Append("</h1><p class=\"muted\">")
            .Append(E(PostmortemFigures.Blameless)).Append(' ').Append(E(PostmortemFigures.Generated(draft))).Append("</p>");
        if (draft.ChainWarnings.Count > 0)
        {
            html.Append("<div class=\"warning\" role=\"alert\"><strong>WARNING: the audit trail of this incident did not verify.</strong><ul>");
            foreach (var warning in draft.ChainWarnings)
            {
                html.Append("<li>").Append(E(warning)).Append("</li>");
            }

            html.Append("</ul></div>");
        }

        html.Append("<h2>Summary</h2><p>").Append(E(draft.Summary)).Append("</p>");
        Facts(html, "Impact", PostmortemFigures.Impact(draft));
        Facts(html, "Detection", PostmortemFigures.Detection(draft));
        html.Append("<h2>Timeline</h2><table><thead><tr>");
        foreach (var header in PostmortemFigures.TimelineHeaders)
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var entry in draft.Timeline)
        {
            html.Append("<tr>").Append(string.Concat(PostmortemFigures.TimelineRow(entry).Select(cell => "<td>" + E(cell) + "</td>"))).Append("</tr>");
        }

        html.Append("</tbody></table>");
        Facts(html, "Automation and people", PostmortemFigures.Automation(draft));
        Facts(html, "Time to detect, mitigate, resolve", PostmortemFigures.Durations(draft));
        html.Append("<h2>Root cause</h2><p class=\"todo\">").Append(E(PostmortemFigures.RootCausePrompt)).Append("</p>");
        html.Append("<h2>Action items</h2><p class=\"todo\">").Append(E(PostmortemFigures.ActionItemsPrompt)).Append("</p>");
        return html.Append("</body></html>").ToString();
    }

    private static void Facts(StringBuilder html, string heading, IReadOnlyList<(string Label, string Value)> facts)
    {
        html.Append("<h2>").Append(E(heading)).Append("</h2><table><tbody>");
        foreach (var (label, value) in facts)
        {
            html.Append("<tr><th>").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string E(string text) => UntrustedText.Html(text);
}
