using AutoRemediate.Core.Tests.Support;
using AutoRemediate.Core.Toil;
using static AutoRemediate.Core.Tests.Support.TestToil;

namespace AutoRemediate.Core.Tests.Toil;

/// <summary>The report's figures on a seeded ledger, each worked out by hand in the comments.</summary>
public sealed class ToilReportBuilderTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 21, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Counts_occurrences_by_outcome_and_ignores_rows_outside_the_window()
    {
        var report = SeededReport();

        // 10 rows in the window (the one at 2026-11-21T00:00 is the next day): 2 auto, 1 after approval, 1 dry run,
        // 1 escalated, 1 failed, 2 unmatched, 1 suppressed, 1 resolved before action.
        Assert.Equal(new ToilOutcomeCounts(10, 2, 1, 1, 1, 1, 2, 1, 1), report.Occurrences);
    }

    [Fact]
    public void Hours_avoided_are_the_manual_minutes_of_automated_occurrences_only()
    {
        var report = SeededReport();

        // R1 + R2 + R3 (checkout-5xx, 20 min each) = 60 min = 1.00 h. The dry run (40), suppressed (20) and
        // resolved-before-action (10) occurrences avoid nothing.
        Assert.Equal(1.00, report.HoursAvoided);
        // R8 would have saved 40 min = 0.6667 h had its binding not been in dry run.
        Assert.Equal(0.67, report.DryRunHoursAtStake);
    }

    [Fact]
    public void Hours_remaining_add_manual_occurrences_approval_review_and_the_manual_log()
    {
        var report = SeededReport();

        // unmatched R4 + R5: no binding, so 2 x 30 (assumed) = 60 min = 1.00 h
        // escalated R6: 15 min = 0.25 h; failed R7: 15 min = 0.25 h; dry run R8: 40 min = 0.6667 -> 0.67 h
        // approval review: R3 5 min (capped review) + R6 2 min = 7 min = 0.1167 -> 0.12 h
        // manual log: 45 + 15 + 30 = 90 min = 1.50 h (the 100-min entry on 2026-11-19 is outside)
        // total from minutes: 60 + 15 + 15 + 40 + 7 + 90 = 227 min = 3.7833 -> 3.78 h
        Assert.Equal(new ToilHoursRemaining(1.00, 0.25, 0.25, 0.67, 0.12, 1.50, 3.78), report.HoursRemaining);
    }

    [Fact]
    public void Coverage_counts_actionable_occurrences_and_rules_that_have_a_binding()
    {
        var report = SeededReport();

        // actionable = 10 - 1 suppressed - 1 resolved before action = 8; automated = 3 -> 3 / 8 = 0.375
        Assert.Equal(0.375, report.OccurrenceCoverage);
        // rules: checkout-5xx, disk-full, queue-backlog, cert-expiry, vm-cpu = 5; all but disk-full matched a binding -> 4 / 5
        Assert.Equal(5, report.RulesSeen);
        Assert.Equal(4, report.RulesWithBinding);
        Assert.Equal(0.8, report.RuleCoverage);
    }

    [Fact]
    public void Time_to_remediate_and_approval_latency_are_nearest_rank_percentiles()
    {
        var report = SeededReport();

        // automated: R1 4, R2 6, R3 20 min -> median rank ceil(1.5) = 2 -> 6; p90 rank ceil(2.7) = 3 -> 20
        Assert.Equal(new DurationStats(3, 6, 20), report.AutomatedTimeToRemediate);
        // manual with a resolution seen: R4 45, R6 30, R7 60 (R5 and R8 never resolved) -> sorted 30, 45, 60 -> 45 and 60
        Assert.Equal(new DurationStats(3, 45, 60), report.ManualTimeToRemediate);
        // approvals decided: R3 8 min, R6 2 min -> sorted 2, 8 -> median rank 1 -> 2; p90 rank ceil(1.8) = 2 -> 8
        Assert.Equal(new DurationStats(2, 2, 8), report.ApprovalLatency);
    }

    [Fact]
    public void Runbook_success_rate_is_remediated_over_remediated_plus_failed()
    {
        var report = SeededReport();

        // drain: R6 escalated, R7 failed -> 0 / (0 + 1) = 0; restart: R1-R3 remediated (R9 suppressed is not a run) -> 3 / 3,
        // 60 min avoided; rotate: only a dry run -> no rate; scale: only resolved before action -> nothing counted.
        Assert.Equal(
            [
                new RunbookFigures("drain", 0, 1, 1, 0, 0, 0),
                new RunbookFigures("restart", 3, 0, 0, 0, 1, 1.00),
                new RunbookFigures("rotate", 0, 0, 0, 1, null, 0),
                new RunbookFigures("scale", 0, 0, 0, 0, null, 0),
            ],
            report.Runbooks);
    }

    [Fact]
    public void Top_unautomated_rules_are_ranked_by_manual_toil_hours()
    {
        var report = SeededReport();

        // disk-full: R4 + R5 unmatched, 60 min = 1.00 h; cert-expiry: R8 dry run, 40 min = 0.67 h;
        // queue-backlog: R6 + R7, 15 + 15 = 30 min = 0.50 h, binding b-drain. checkout-5xx has no manual occurrence.
        Assert.Equal(
            [
                new UnautomatedRule("disk-full", 2, 2, 1.00, null),
                new UnautomatedRule("cert-expiry", 1, 0, 0.67, "b-cert"),
                new UnautomatedRule("queue-backlog", 2, 0, 0.50, "b-drain"),
            ],
            report.TopUnautomatedRules);
    }

    [Fact]
    public void Top_unautomated_rules_are_cut_to_the_configured_count()
    {
        var report = SeededReport(new ToilReportSettings(UnmatchedEffortMinutes: 30, TopRules: 1));

        Assert.Equal("disk-full", Assert.Single(report.TopUnautomatedRules).RuleName);
    }

    [Fact]
    public void Manual_toil_is_grouped_by_category_most_hours_first()
    {
        var report = SeededReport();

        // certificates 45 + 15 = 60 min in 2 entries; access-requests 30 min in 1
        Assert.Equal([new ManualToilCategory("certificates", 2, 1.00), new ManualToilCategory("access-requests", 1, 0.50)], report.ManualToil);
    }

    [Fact]
    public void Empty_window_has_no_rates_and_no_durations()
    {
        var report = new ToilReportBuilder(Window, ToilReportSettings.Defaults).Build(GeneratedAt);

        Assert.Null(report.OccurrenceCoverage);
        Assert.Null(report.RuleCoverage);
        Assert.Equal(DurationStats.Empty, report.AutomatedTimeToRemediate);
        Assert.Equal(0, report.HoursRemaining.Total);
        Assert.Equal("day-2026-11-20", report.WindowId);
        Assert.Equal(GeneratedAt, report.GeneratedAt);
    }

    [Fact]
    public void Only_suppressed_occurrences_leave_coverage_undefined_rather_than_zero()
    {
        var builder = new ToilReportBuilder(Window, ToilReportSettings.Defaults);
        builder.Add(Occurrence("s1", "checkout-5xx", ToilOutcome.Suppressed, At(9), effort: 20, binding: "b", runbook: "restart"));

        var report = builder.Build(GeneratedAt);

        Assert.Null(report.OccurrenceCoverage);
        Assert.Equal(1, report.RuleCoverage);
        Assert.Equal(0, report.HoursRemaining.Total);
    }

    private static ToilReport SeededReport(ToilReportSettings? settings = null)
    {
        var builder = new ToilReportBuilder(Window, settings ?? ToilReportSettings.Defaults);
        foreach (var occurrence in Ledger())
        {
            builder.Add(occurrence);
        }

        builder.Add(Manual("certificates", 45, At(9)));
        builder.Add(Manual("certificates", 15, At(10)));
        builder.Add(Manual("access-requests", 30, At(11)));
        builder.Add(Manual("certificates", 100, At(0).AddMinutes(-1)));
        return builder.Build(GeneratedAt);
    }

    private static IEnumerable<ToilOccurrence> Ledger()
    {
        yield return Occurrence("R1", "checkout-5xx", ToilOutcome.AutoRemediated, At(10), 4, 20, "b-restart", "restart");
        yield return Occurrence("R2", "checkout-5xx", ToilOutcome.AutoRemediated, At(11), 6, 20, "b-restart", "restart");
        yield return Occurrence("R3", "checkout-5xx", ToilOutcome.RemediatedAfterApproval, At(12), 20, 20, "b-restart", "restart")
            with { ApprovalRequestedAt = At(12, 1), ApprovalDecidedAt = At(12, 9), HumanMinutes = 5 };
        yield return Occurrence("R4", "disk-full", ToilOutcome.Unmatched, At(13), 0.02, resolvedAfterMinutes: 45);
        yield return Occurrence("R5", "disk-full", ToilOutcome.Unmatched, At(14), 0.02);
        yield return Occurrence("R6", "queue-backlog", ToilOutcome.Escalated, At(15), 3, 15, "b-drain", "drain", resolvedAfterMinutes: 30)
            with { ApprovalRequestedAt = At(15, 1), ApprovalDecidedAt = At(15, 3), HumanMinutes = 2 };
        yield return Occurrence("R7", "queue-backlog", ToilOutcome.Failed, At(16), 10, 15, "b-drain", "drain", resolvedAfterMinutes: 60);
        yield return Occurrence("R8", "cert-expiry", ToilOutcome.DryRun, At(17), 2, 40, "b-cert", "rotate");
        yield return Occurrence("R9", "checkout-5xx", ToilOutcome.Suppressed, At(18), 0.1, 20, "b-restart", "restart");
        yield return Occurrence("R10", "vm-cpu", ToilOutcome.ResolvedBeforeAction, At(19), 0.5, 10, "b-scale", "scale");
        yield return Occurrence("R11", "checkout-5xx", ToilOutcome.AutoRemediated, At(0).AddDays(1), 5, 20, "b-restart", "restart");
    }
}
