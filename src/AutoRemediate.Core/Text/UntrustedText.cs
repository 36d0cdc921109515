using System.Net;
using System.Text;

namespace AutoRemediate.Core.Text;

/// <summary>
/// Makes text from alerts and people (rule names, summaries, identities) inert in a rendering: one line (CR, LF and
/// other control characters become spaces, so nothing can start a heading or a list), then encoded for the target.
/// </summary>
internal static class UntrustedText
{
    private const string MarkdownSpecials = "\\`*_{}[]()#+!|~";

    /// <summary>One line, HTML-encoded.</summary>
    public static string Html(string text) => WebUtility.HtmlEncode(SingleLine(text));

    /// <summary>
    /// One line with &lt;, &gt; and &amp; as entities (Markdown renderers pass raw HTML through) and every Markdown
    /// punctuation character backslash-escaped, so it renders as the literal text.
    /// </summary>
    public static string Markdown(string text)
    {
        var line = SingleLine(text);
        var markdown = new StringBuilder(line.Length + 16);
        foreach (var c in line)
        {
            _ = c switch
            {
                '<' => markdown.Append("&lt;"),
                '>' => markdown.Append("&gt;"),
                '&' => markdown.Append("&amp;"),
                _ when MarkdownSpecials.Contains(c, StringComparison.Ordinal) => markdown.Append('\\').Append(c),
                _ => markdown.Append(c),
            };
        }

        return markdown.ToString();
    }

    private static string SingleLine(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || source[i] is '\u2028' or '\u2029' ? ' ' : source[i];
            }
        });
}
