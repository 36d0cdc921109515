using System.Globalization;
using System.Text.Json.Nodes;
using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Teams;

namespace AutoRemediate.Functions.Toil;

/// <summary>The Teams summary of a toil report: headline figures, the top rules to automate next, a link to the full report.</summary>
internal static class ToilCards
{
    private const int RulesOnCard = 3;

    public static JsonObject Summary(ToilReport report, Uri? publicBaseUrl)
    {
        var facts = new List<(string, string)>
        {
            ("Toil hours avoided", Hours(report.HoursAvoided)),
            ("Toil hours remaining", Hours(report.HoursRemaining.Total)),
            ("Automation coverage", $"{Percent(report.OccurrenceCoverage)} of actionable alerts, {Percent(report.RuleCoverage)} of rules ({report.RulesWithBinding}/{report.RulesSeen})"),
            ("Occurrences", Occurrences(report.Occurrences)),
            ("Time to remediate (median)", $"automated {Minutes(report.AutomatedTimeToRemediate.MedianMinutes)}, manual {Minutes(report.ManualTimeToRemediate.MedianMinutes)}"),
            ("Approval latency (median / p90)", $"{Minutes(report.ApprovalLatency.MedianMinutes)} / {Minutes(report.ApprovalLatency.P90Minutes)}"),
        };
        if (report.DryRunHoursAtStake > 0)
        {
            facts.Add(("Dry-run bindings would avoid", Hours(report.DryRunHoursAtStake)));
        }

        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading($"Toil report {report.WindowId}"),
            AdaptiveCard.Text($"{report.From:yyyy-MM-dd} to {report.To.AddDays(-1):yyyy-MM-dd} (UTC), computed {report.GeneratedAt:u}", subtle: true),
            AdaptiveCard.Facts(facts),
        };
        if (report.TopUnautomatedRules.Count > 0)
        {
            body.Add(AdaptiveCard.Text("Automate next:"));
            body.Add(AdaptiveCard.Facts(report.TopUnautomatedRules.Take(RulesOnCard).Select(r =>
                (r.RuleName, $"{Hours(r.ToilHours)} over {r.Occurrences} occurrence(s){(r.BindingId is { } b ? $", binding {b}" : ", no binding")}"))));
        }

        var actions = publicBaseUrl is null
            ? null
            : new[] { AdaptiveCard.OpenUrl("Open the report", new Uri(publicBaseUrl, $"api/toil/reports/{report.WindowId}.html"), "default") };
        return AdaptiveCard.Message(body, actions);
    }

    public static string Hours(double hours) => string.Create(CultureInfo.InvariantCulture, $"{hours:0.##} h");

    public static string Percent(double? rate) => rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r * 100:0.#} %") : "n/a";

    public static string Minutes(double? minutes) => minutes is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m:0.#} min") : "n/a";

    private static string Occurrences(ToilOutcomeCounts c) => string.Create(
        CultureInfo.InvariantCulture,
        $"{c.Total}: {c.AutoRemediated + c.RemediatedAfterApproval} automated, {c.Escalated} escalated, {c.Failed} failed, {c.Unmatched} unmatched, {c.DryRun} dry run, {c.Suppressed} suppressed, {c.ResolvedBeforeAction} resolved first");
}
