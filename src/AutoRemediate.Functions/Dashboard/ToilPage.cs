using System.Globalization;
using AutoRemediate.Core.Toil;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>Toil and automation coverage from the stored toil reports: the weekly trend, one window's figures, and the top toil sources.</summary>
internal static class ToilPage
{
    public const int TrendWeeks = 12;

    public static string Render(string user, IReadOnlyList<ToilReportHeadline> headlines, ToilReport? report, ToilReport? today, DashboardNotice? notice)
    {
        var weeks = headlines.Where(h => h.Kind == ToilWindowKind.Week).OrderBy(h => h.From).TakeLast(TrendWeeks)
            .Select(h => (h.WindowId.Replace("week-", string.Empty, StringComparison.Ordinal), h.HoursAvoided, h.HoursRemaining, h.OccurrenceCoverage))
            .ToList();
        var body = Markup.Of($"""
            <h1>Toil and coverage</h1>
            {Today(today)}
            <div class="panel"><h2>Weekly trend</h2>{SvgCharts.WeeklyTrend(weeks)}</div>
            {Windows(headlines, report)}
            {(report is null ? Markup.Of($"<div class=\"panel empty\">No toil report is stored yet: reports are stored after each day, week and 30 days ends (docs/toil.md); today so far is above.</div>") : Report(report))}
            """);
        return DashboardLayout.Render("Toil and coverage", DashboardSection.Toil, user, body, notice);
    }

    /// <summary>The window shown when none is asked for: the newest 30-day report, else the newest of any kind.</summary>
    public static string? DefaultWindow(IReadOnlyList<ToilReportHeadline> headlines) =>
        (headlines.Where(h => h.Kind == ToilWindowKind.ThirtyDays).MaxBy(h => h.From) ?? headlines.MaxBy(h => h.From))?.WindowId;

    /// <summary>Today (UTC) so far, computed from the ledger on every visit like <c>toil report --preview</c>; never stored.</summary>
    private static Markup Today(ToilReport? today) => today is null
        ? Markup.Empty
        : Markup.Of($"""
            <div class="panel" id="toil-today"><h2>Today so far <span class="muted">({today.WindowId}, as of {DashboardFormat.Time(today.GeneratedAt)}; not stored until the day ends)</span></h2>
            <div class="figures">
            <div class="figure">Remediations<b>{today.Occurrences.Total}</b></div>
            <div class="figure">Hours avoided<b class="c-ok">{Hours(today.HoursAvoided)}</b></div>
            <div class="figure">Hours still manual<b class="c-bad">{Hours(today.HoursRemaining.Total)}</b></div>
            <div class="figure">Occurrence coverage<b>{Percent(today.OccurrenceCoverage)}</b></div>
            </div></div>
            """);

    private static Markup Windows(IReadOnlyList<ToilReportHeadline> headlines, ToilReport? shown)
    {
        var options = Markup.Join(headlines.Select(h => h.WindowId == shown?.WindowId
            ? Markup.Of($"<option value=\"{h.WindowId}\" selected>{h.WindowId}</option>")
            : Markup.Of($"<option value=\"{h.WindowId}\">{h.WindowId}</option>")));
        return headlines.Count == 0
            ? Markup.Empty
            : Markup.Of($"<form class=\"filters panel\" method=\"get\" action=\"{DashboardPaths.Toil}\"><label>Report window<select name=\"window\">{options}</select></label><button type=\"submit\">Show</button></form>");
    }

    private static Markup Report(ToilReport report)
    {
        var remaining = report.HoursRemaining;
        var sources = new (string, double)[]
        {
            ("Unmatched alerts", remaining.Unmatched), ("Escalated", remaining.Escalated), ("Failed runs", remaining.Failed),
            ("Dry runs (human still fixed)", remaining.DryRun), ("Approval reviews", remaining.ApprovalReview), ("Manual toil log", remaining.ManualLog),
        }.Where(s => s.Item2 > 0).OrderByDescending(s => s.Item2).ToList();
        var rules = report.TopUnautomatedRules.Select(r => (r.RuleName, r.ToilHours)).ToList();
        var runbooks = Markup.Join(report.Runbooks.Select(r => Markup.Of($"""
            <tr><td>{r.Runbook}</td><td>{r.Remediated}</td><td>{r.Failed}</td><td>{r.Escalated}</td><td>{r.DryRuns}</td><td>{Percent(r.SuccessRate)}</td><td>{Hours(r.HoursAvoided)}</td></tr>
            """)));
        var unautomated = Markup.Join(report.TopUnautomatedRules.Select(r => Markup.Of($"""
            <tr><td>{r.RuleName}</td><td>{r.Occurrences}</td><td>{r.Unmatched}</td><td>{Hours(r.ToilHours)}</td><td>{DashboardFormat.OrDash(r.BindingId)}</td></tr>
            """)));
        return Markup.Of($"""
            <h2>{report.WindowId} <span class="muted">({report.From:yyyy-MM-dd} to {report.To.AddDays(-1):yyyy-MM-dd}, computed {DashboardFormat.Time(report.GeneratedAt)})</span></h2>
            <div class="figures" id="toil-figures">
            <div class="figure">Hours avoided<b class="c-ok">{Hours(report.HoursAvoided)}</b></div>
            <div class="figure">Hours still manual<b class="c-bad">{Hours(remaining.Total)}</b></div>
            <div class="figure">Occurrence coverage<b>{Percent(report.OccurrenceCoverage)}</b></div>
            <div class="figure">Rule coverage<b>{Percent(report.RuleCoverage)}</b><span class="muted">{report.RulesWithBinding} of {report.RulesSeen} rules bound</span></div>
            <div class="figure">Dry-run hours at stake<b>{Hours(report.DryRunHoursAtStake)}</b></div>
            </div>
            <div class="grid">
            <div class="panel"><h2>Where the remaining toil comes from</h2>{SvgCharts.HorizontalBars("Remaining toil hours by source", sources, "h")}</div>
            <div class="panel"><h2>Top toil sources: rules to automate next</h2>{SvgCharts.HorizontalBars("Toil hours by alert rule", rules, "h")}</div>
            </div>
            <div class="panel"><h2>Rules still handled by people</h2><table id="toil-rules"><thead><tr><th>Alert rule</th><th>Occurrences</th><th>Unmatched</th><th>Toil</th><th>Binding</th></tr></thead><tbody>{unautomated}</tbody></table></div>
            <div class="panel"><h2>Runbooks</h2><table><thead><tr><th>Runbook</th><th>Remediated</th><th>Failed</th><th>Escalated</th><th>Dry runs</th><th>Success</th><th>Hours avoided</th></tr></thead><tbody>{runbooks}</tbody></table></div>
            """);
    }

    private static string Hours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture) + " h";

    private static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : "–";
}
