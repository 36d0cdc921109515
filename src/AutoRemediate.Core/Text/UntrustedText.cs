using System.Globalization;
using System.Net;
using System.Text;

namespace AutoRemediate.Core.Text;

/// <summary>
/// Makes untrusted text (anything from an alert payload, a URL or a request) inert where people read it as text: log
/// lines, terminals and Teams cards (escaped, so what was sent stays readable), and rendered documents such as a
/// post-mortem draft (one line, then encoded for the format). Pure functions, no state.
/// </summary>
public static class UntrustedText
{
    /// <summary>How much of an input an error body quotes back.</summary>
    public const int MaxEchoLength = 128;

    private const string MarkdownSpecials = "\\`*_{}[]()#+!|~";

    /// <summary>
    /// Escapes every character that could forge a line or control a terminal or the reading direction, as visible
    /// text: CR, LF and TAB as <c>\r</c>, <c>\n</c>, <c>\t</c>; other C0 controls, DEL, C1 controls, U+2028/U+2029,
    /// the bidi embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069), the bidi marks (U+200E,
    /// U+200F, U+061C) and unpaired surrogates as <c>\uXXXX</c>. A backslash becomes <c>\\</c>, so escaped text never
    /// reads like an escape the input did not need (<c>"\n"</c> typed as two characters stays distinguishable
    /// from a line feed). Everything else, surrogate pairs (emoji) included, is kept as it is; text needing no
    /// escape is returned as the same instance.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = FirstToEscape(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '\\':
                    escaped.Append(@"\\");
                    break;
                case '\r':
                    escaped.Append(@"\r");
                    break;
                case '\n':
                    escaped.Append(@"\n");
                    break;
                case '\t':
                    escaped.Append(@"\t");
                    break;
                default:
                    if (NeedsEscape(c))
                    {
                        escaped.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Input quoted back in an error body: escaped as <see cref="Escape"/> does, and cut to <paramref name="maxLength"/>
    /// characters with an ellipsis, so a request cannot make the answer echo an arbitrarily long or controlling value.
    /// </summary>
    public static string Echo(string? text, int maxLength = MaxEchoLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var escaped = Escape(text);
        if (escaped.Length <= maxLength)
        {
            return escaped;
        }

        // Never cut a surrogate pair in two.
        var cut = char.IsHighSurrogate(escaped[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Concat(escaped.AsSpan(0, cut), "…");
    }

    /// <summary>One line (see <see cref="SingleLine"/>), HTML-encoded.</summary>
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

    /// <summary>
    /// The text on one line for a rendered document: every character <see cref="Escape"/> would escape (backslash
    /// aside) becomes a space, so nothing can start a heading, a list item or reverse the reading direction.
    /// </summary>
    public static string SingleLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var paired = char.IsHighSurrogate(source[i]) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]);
                if (paired)
                {
                    span[i] = source[i];
                    span[++i] = source[i];
                    continue;
                }

                span[i] = NeedsEscape(source[i]) ? ' ' : source[i];
            }
        });
    }

    private static int FirstToEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c == '\\' || NeedsEscape(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool NeedsEscape(char c) =>
        c < '\u0020'
        || c is >= '\u007F' and <= '\u009F'
        || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || char.IsSurrogate(c);
}
