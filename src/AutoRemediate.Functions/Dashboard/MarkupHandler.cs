using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// Builds <see cref="Markup"/> from an interpolated string: literal parts are the template, every hole is
/// HTML-encoded unless it is <see cref="Markup"/>, and formattable values are written in the invariant culture.
/// </summary>
[InterpolatedStringHandler]
internal ref struct MarkupHandler
{
    private readonly StringBuilder html;

    public MarkupHandler(int literalLength, int formattedCount) => html = new StringBuilder(literalLength + (formattedCount * 16));

    public readonly void AppendLiteral(string literal) => html.Append(literal);

    public readonly void AppendFormatted(Markup markup) => html.Append(markup.Html);

    public readonly void AppendFormatted(string? text) => html.Append(HtmlEncoder.Default.Encode(text ?? string.Empty));

    public readonly void AppendFormatted<T>(T value, string? format = null) =>
        AppendFormatted(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString());

    public readonly string ToStringAndClear()
    {
        var text = html.ToString();
        html.Clear();
        return text;
    }
}
