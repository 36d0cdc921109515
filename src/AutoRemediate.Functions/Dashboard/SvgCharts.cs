using System.Globalization;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// Charts as server-rendered SVG, drawn with the same escaping as every page (rule names are attacker-controlled):
/// no script and no chart library. Each bar carries a title, so hovering shows its exact figure.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 640;
    private const int BarsWidth = 480;

    /// <summary>Horizontal bars, largest first, labelled with <paramref name="unit"/>.</summary>
    public static Markup HorizontalBars(string label, IReadOnlyList<(string Name, double Value)> bars, string unit)
    {
        if (bars.Count == 0)
        {
            return Markup.Of($"<p class=\"muted\">Nothing to show.</p>");
        }

        const int row = 24, labelWidth = 180, valueWidth = 70;
        var max = Math.Max(bars.Max(b => b.Value), 0.01);
        var scale = (BarsWidth - labelWidth - valueWidth) / max;
        var rows = Markup.Join(bars.Select((b, i) => Markup.Of($"""
            <g transform="translate(0,{i * row})"><text x="{labelWidth - 8}" y="16" text-anchor="end">{Clip(b.Name)}</text>
            <rect x="{labelWidth}" y="4" width="{N(Math.Max(b.Value * scale, 1))}" height="{row - 8}" fill="#cf222e"><title>{b.Name}: {N(b.Value)} {unit}</title></rect>
            <text x="{N(labelWidth + (b.Value * scale) + 6)}" y="16">{N(b.Value)} {unit}</text></g>
            """)));
        return Markup.Of($"<svg class=\"chart\" viewBox=\"0 0 {BarsWidth} {bars.Count * row}\" width=\"100%\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>{rows}</svg>");
    }

    /// <summary>
    /// Per week: hours automation avoided (green) stacked under hours humans still spent (red), with occurrence
    /// coverage as a line on its own 0–100 % scale.
    /// </summary>
    public static Markup WeeklyTrend(IReadOnlyList<(string Week, double Avoided, double Remaining, double? Coverage)> weeks)
    {
        if (weeks.Count == 0)
        {
            return Markup.Of($"<p class=\"muted\">No weekly report yet: the first is computed after a week ends.</p>");
        }

        const int height = 220, top = 12, bottom = 30, left = 44, right = 44;
        var plot = height - top - bottom;
        var step = (double)(Width - left - right) / weeks.Count;
        var max = Math.Max(weeks.Max(w => w.Avoided + w.Remaining), 0.01);
        double Y(double hours) => top + plot - (hours / max * plot);
        double CoverageY(double rate) => top + plot - (rate * plot);
        var bars = Markup.Join(weeks.Select((w, i) => Markup.Of($"""
            <g><rect x="{N(left + (i * step) + (step * 0.15))}" y="{N(Y(w.Avoided))}" width="{N(step * 0.7)}" height="{N(plot - (Y(w.Avoided) - top))}" fill="#1a7f37"><title>{w.Week}: {N(w.Avoided)} h avoided</title></rect>
            <rect x="{N(left + (i * step) + (step * 0.15))}" y="{N(Y(w.Avoided + w.Remaining))}" width="{N(step * 0.7)}" height="{N(Y(w.Avoided) - Y(w.Avoided + w.Remaining))}" fill="#cf222e"><title>{w.Week}: {N(w.Remaining)} h still manual</title></rect>
            <text x="{N(left + (i * step) + (step / 2))}" y="{height - 10}" text-anchor="middle">{w.Week}</text></g>
            """)));
        var points = string.Join(" ", weeks.Select((w, i) => w.Coverage is { } c ? $"{N(left + (i * step) + (step / 2))},{N(CoverageY(c))}" : null).Where(p => p is not null));
        return Markup.Of($"""
            <svg class="chart" viewBox="0 0 {Width} {height}" width="100%" role="img" aria-label="Weekly toil hours and coverage"><title>Weekly toil hours and coverage</title>
            <line x1="{left}" y1="{top + plot}" x2="{Width - right}" y2="{top + plot}" stroke="#d0d7de"/>
            <text x="{left - 6}" y="{top + 8}" text-anchor="end">{N(max)} h</text><text x="{left - 6}" y="{top + plot}" text-anchor="end">0</text>
            <text x="{Width - right + 6}" y="{top + 8}">100 %</text><text x="{Width - right + 6}" y="{top + plot}">0 %</text>
            {bars}<polyline points="{points}" fill="none" stroke="#0969da" stroke-width="2"/></svg>
            <p class="details"><span>■ <b class="c-ok">avoided</b> hours</span><span>■ <b class="c-bad">still manual</b> hours</span><span>— <b class="c-run">coverage</b> (automated / actionable)</span></p>
            """);
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Clip(string text) => text.Length > 28 ? text[..27] + "…" : text;
}
