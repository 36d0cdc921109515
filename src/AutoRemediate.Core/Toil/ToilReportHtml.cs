using System.Globalization;
using System.Net;
using System.Text;

namespace AutoRemediate.Core.Toil;

/// <summary>
/// A report as one self-contained HTML page (inline style, no scripts, no external assets), every value
/// HTML-encoded: rule names and categories come from alerts and people.
/// </summary>
public static class ToilReportHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse;margin:0 0 1.5rem}" +
        "th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}td.n{text-align:right}h1{font-size:1.4rem}h2{font-size:1.1rem}" +
        ".muted{color:#666}";

    /// <summary>The page.</summary>
    public static string Format(ToilReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Toil report ").Append(E(report.WindowId))
            .Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Toil report ").Append(E(report.WindowId)).Append("</h1><p class=\"muted\">")
            .Append(E(Invariant($"{report.From:yyyy-MM-dd} to {report.To.AddDays(-1):yyyy-MM-dd} (UTC), computed {report.GeneratedAt:u}"))).Append("</p>");

        var c = report.Occurrences;
        Table(html, "Summary", ["figure", "value"],
        [
            ["Toil hours avoided", N(report.HoursAvoided)],
            ["Toil hours remaining", N(report.HoursRemaining.Total)],
            ["Hours dry-run bindings would avoid", N(report.DryRunHoursAtStake)],
            ["Automation coverage (actionable occurrences)", P(report.OccurrenceCoverage)],
            ["Automation coverage (alert rules)", Invariant($"{P(report.RuleCoverage)} ({report.RulesWithBinding} of {report.RulesSeen})")],
            ["Time to remediate, automated (median / p90 min, n)", D(report.AutomatedTimeToRemediate)],
            ["Time to remediate, manual (median / p90 min, n)", D(report.ManualTimeToRemediate)],
            ["Approval latency (median / p90 min, n)", D(report.ApprovalLatency)],
        ]);
        Table(html, "Occurrences", ["outcome", "count"],
        [
            ["auto-remediated", N(c.AutoRemediated)], ["remediated after approval", N(c.RemediatedAfterApproval)], ["dry run", N(c.DryRun)],
            ["escalated", N(c.Escalated)], ["failed", N(c.Failed)], ["unmatched", N(c.Unmatched)], ["suppressed", N(c.Suppressed)],
            ["resolved before action", N(c.ResolvedBeforeAction)], ["total", N(c.Total)],
        ]);
        var r = report.HoursRemaining;
        Table(html, "Toil hours remaining", ["source", "hours"],
        [
            ["unmatched alerts", N(r.Unmatched)], ["escalated", N(r.Escalated)], ["failed runs", N(r.Failed)], ["dry runs", N(r.DryRun)],
            ["approval review", N(r.ApprovalReview)], ["manual toil log", N(r.ManualLog)], ["total", N(r.Total)],
        ]);
        Table(html, "Automate next", ["alert rule", "toil hours", "occurrences", "unmatched", "binding"],
            [.. report.TopUnautomatedRules.Select(u => new[] { u.RuleName, N(u.ToilHours), N(u.Occurrences), N(u.Unmatched), u.BindingId ?? "none" })]);
        Table(html, "Runbooks", ["runbook", "remediated", "failed", "escalated", "dry runs", "success rate", "hours avoided"],
            [.. report.Runbooks.Select(b => new[] { b.Runbook, N(b.Remediated), N(b.Failed), N(b.Escalated), N(b.DryRuns), P(b.SuccessRate), N(b.HoursAvoided) })]);
        Table(html, "Manual toil log", ["category", "entries", "hours"],
            [.. report.ManualToil.Select(m => new[] { m.Category, N(m.Entries), N(m.Hours) })]);
        html.Append("<p class=\"muted\">Assumptions: ").Append(E(Invariant($"{report.Settings.UnmatchedEffortMinutes} min per unmatched alert"))).Append(". Definitions: docs/toil.md.</p>");
        return html.Append("</body></html>").ToString();
    }

    private static void Table(StringBuilder html, string title, string[] headers, IReadOnlyList<string[]> rows)
    {
        html.Append("<h2>").Append(E(title)).Append("</h2>");
        if (rows.Count == 0)
        {
            html.Append("<p class=\"muted\">none</p>");
            return;
        }

        html.Append("<table><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                html.Append(i == 0 ? "<td>" : "<td class=\"n\">").Append(E(row[i])).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string P(double? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : "n/a";

    private static string D(DurationStats stats) =>
        stats.Count == 0 ? "n/a" : Invariant($"{stats.MedianMinutes:0.##} / {stats.P90Minutes:0.##} (n = {stats.Count})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
