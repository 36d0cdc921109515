using System.Text;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// HTML the dashboard wrote itself. Only <see cref="Of"/> and <see cref="Join"/> make one, so every value that
/// reaches a page went through <see cref="MarkupHandler"/>, which encodes whatever is not already markup: alert
/// names, labels, reasons and comments come from outside and must never become HTML.
/// </summary>
internal readonly record struct Markup
{
    private Markup(string html) => Html = html;

    public static Markup Empty { get; } = new(string.Empty);

    public string Html { get; }

    public static Markup Of(ref MarkupHandler handler) => new(handler.ToStringAndClear());

    public static Markup Join(IEnumerable<Markup> parts)
    {
        var html = new StringBuilder();
        foreach (var part in parts)
        {
            html.Append(part.Html);
        }

        return new Markup(html.ToString());
    }

    public override string ToString() => Html;
}
