using System.Globalization;
using System.Text;
using AutoRemediate.Core.Audit;

namespace AutoRemediate.Core.Toil;

/// <summary>
/// A report as long-form CSV (RFC 4180, CRLF): <c>section,item,metric,value</c>, one figure per line, so a
/// spreadsheet can pivot it and a new figure never shifts columns. Empty value = not measurable (e.g. no data).
/// </summary>
public static class ToilReportCsv
{
    /// <summary>The header line's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["section", "item", "metric", "value"];

    /// <summary>The whole report as CSV text.</summary>
    public static string Format(ToilReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        Line(csv, [.. Columns]);
        Line(csv, "window", report.WindowId, "from", report.From.ToString("O", CultureInfo.InvariantCulture));
        Line(csv, "window", report.WindowId, "to", report.To.ToString("O", CultureInfo.InvariantCulture));
        Line(csv, "window", report.WindowId, "generatedAt", report.GeneratedAt.ToString("O", CultureInfo.InvariantCulture));
        var c = report.Occurrences;
        foreach (var (metric, value) in new (string, int)[]
        {
            ("total", c.Total), ("autoRemediated", c.AutoRemediated), ("remediatedAfterApproval", c.RemediatedAfterApproval), ("dryRun", c.DryRun),
            ("escalated", c.Escalated), ("failed", c.Failed), ("unmatched", c.Unmatched), ("suppressed", c.Suppressed), ("resolvedBeforeAction", c.ResolvedBeforeAction),
        })
        {
            Line(csv, "occurrences", string.Empty, metric, Number(value));
        }

        var r = report.HoursRemaining;
        Line(csv, "hours", string.Empty, "avoided", Number(report.HoursAvoided));
        Line(csv, "hours", string.Empty, "remaining", Number(r.Total));
        Line(csv, "hours", string.Empty, "dryRunAtStake", Number(report.DryRunHoursAtStake));
        foreach (var (item, value) in new (string, double)[]
        {
            ("unmatched", r.Unmatched), ("escalated", r.Escalated), ("failed", r.Failed), ("dryRun", r.DryRun), ("approvalReview", r.ApprovalReview), ("manualLog", r.ManualLog),
        })
        {
            Line(csv, "remaining", item, "hours", Number(value));
        }

        Line(csv, "coverage", "occurrences", "rate", Number(report.OccurrenceCoverage));
        Line(csv, "coverage", "rules", "rate", Number(report.RuleCoverage));
        Line(csv, "coverage", "rules", "seen", Number(report.RulesSeen));
        Line(csv, "coverage", "rules", "withBinding", Number(report.RulesWithBinding));
        Durations(csv, "automatedTimeToRemediate", report.AutomatedTimeToRemediate);
        Durations(csv, "manualTimeToRemediate", report.ManualTimeToRemediate);
        Durations(csv, "approvalLatency", report.ApprovalLatency);
        foreach (var runbook in report.Runbooks)
        {
            Line(csv, "runbook", runbook.Runbook, "remediated", Number(runbook.Remediated));
            Line(csv, "runbook", runbook.Runbook, "failed", Number(runbook.Failed));
            Line(csv, "runbook", runbook.Runbook, "escalated", Number(runbook.Escalated));
            Line(csv, "runbook", runbook.Runbook, "dryRuns", Number(runbook.DryRuns));
            Line(csv, "runbook", runbook.Runbook, "successRate", Number(runbook.SuccessRate));
            Line(csv, "runbook", runbook.Runbook, "hoursAvoided", Number(runbook.HoursAvoided));
        }

        foreach (var rule in report.TopUnautomatedRules)
        {
            Line(csv, "unautomatedRule", rule.RuleName, "toilHours", Number(rule.ToilHours));
            Line(csv, "unautomatedRule", rule.RuleName, "occurrences", Number(rule.Occurrences));
            Line(csv, "unautomatedRule", rule.RuleName, "unmatched", Number(rule.Unmatched));
            Line(csv, "unautomatedRule", rule.RuleName, "bindingId", rule.BindingId ?? string.Empty);
        }

        foreach (var category in report.ManualToil)
        {
            Line(csv, "manualToil", category.Category, "entries", Number(category.Entries));
            Line(csv, "manualToil", category.Category, "hours", Number(category.Hours));
        }

        return csv.ToString();
    }

    private static void Durations(StringBuilder csv, string item, DurationStats stats)
    {
        Line(csv, "duration", item, "count", Number(stats.Count));
        Line(csv, "duration", item, "medianMinutes", Number(stats.MedianMinutes));
        Line(csv, "duration", item, "p90Minutes", Number(stats.P90Minutes));
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    private static void Line(StringBuilder csv, params string[] fields) =>
        csv.Append(string.Join(',', fields.Select(AuditCsv.Field))).Append("\r\n");
}
