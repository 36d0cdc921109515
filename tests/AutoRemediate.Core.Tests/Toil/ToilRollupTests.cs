using System.Text.Json;
using AutoRemediate.Core.Toil;
using NSubstitute;
using static AutoRemediate.Core.Tests.Support.TestToil;

namespace AutoRemediate.Core.Tests.Toil;

/// <summary>Day rollups: a report summed from them says what the report over the same rows says, percentiles within the sketch's bound.</summary>
public sealed class ToilRollupTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(11, 40)]
    [InlineData(12, 400)]
    [InlineData(13, 3_000)]
    public void Week_report_from_day_rollups_equals_the_report_from_its_rows_except_percentiles_within_the_bound(int seed, int rows)
    {
        var random = new Random(seed);
        var week = ToilWindow.Week(Day);
        var days = Enumerable.Range(0, 7).Select(i => DateOnly.FromDateTime(week.Start.UtcDateTime).AddDays(i)).ToList();
        var occurrences = Enumerable.Range(0, rows).Select(i => RandomOccurrence(random, days[random.Next(7)], $"o{i}")).ToList();
        var fromRows = new ToilReportBuilder(week, ToilReportSettings.Defaults);
        var fromRollups = new ToilReportBuilder(week, ToilReportSettings.Defaults);
        occurrences.ForEach(fromRows.Add);
        foreach (var day in days)
        {
            fromRollups.Add(day, Rollup(occurrences.Where(o => DateOnly.FromDateTime(o.OccurredAt.UtcDateTime) == day)));
        }

        AssertAgree(fromRows.Build(GeneratedAt), fromRollups.Build(GeneratedAt));
    }

    [Fact]
    public void Rollup_of_a_day_outside_the_window_is_ignored()
    {
        var builder = new ToilReportBuilder(Window, ToilReportSettings.Defaults);

        builder.Add(Day.AddDays(1), Rollup([Occurrence("o1", "r", ToilOutcome.Failed, At(9).AddDays(1))]));

        Assert.Equal(0, builder.Build(GeneratedAt).Occurrences.Total);
    }

    [Fact]
    public void Removing_a_row_and_adding_its_rewrite_equals_rolling_up_the_rewrite_alone()
    {
        var first = Occurrence("o1", "disk-full", ToilOutcome.Escalated, At(9), effort: 15, binding: "b1", runbook: "cleanup");
        var rewritten = first with { ResolvedAt = At(11), HumanMinutes = 2.5 };
        var rollup = Rollup([first, Occurrence("o2", "cpu", ToilOutcome.AutoRemediated, At(10), effort: 5, binding: "b2", runbook: "restart")]);

        rollup.Remove(first);
        rollup.Add(rewritten);

        Assert.Empty(rollup.DifferencesFrom(Rollup([rewritten, Occurrence("o2", "cpu", ToilOutcome.AutoRemediated, At(10), effort: 5, binding: "b2", runbook: "restart")])));
    }

    [Fact]
    public void Rule_whose_only_row_was_taken_out_is_no_longer_seen()
    {
        var only = Occurrence("o1", "disk-full", ToilOutcome.Unmatched, At(9));
        var rollup = Rollup([only, Occurrence("o2", "cpu", ToilOutcome.AutoRemediated, At(10), effort: 5, binding: "b2", runbook: "restart")]);

        rollup.Remove(only);
        var builder = new ToilReportBuilder(Window, ToilReportSettings.Defaults);
        builder.Add(Day, rollup);

        var report = builder.Build(GeneratedAt);
        Assert.Equal((1, 1), (report.RulesSeen, report.Occurrences.Total));
        Assert.Empty(report.TopUnautomatedRules);
    }

    [Fact]
    public void Unpriced_effort_is_priced_with_the_settings_of_the_report_that_reads_the_rollup()
    {
        var rollup = Rollup([Occurrence("o1", "disk-full", ToilOutcome.Unmatched, At(9)), Occurrence("o2", "disk-full", ToilOutcome.Unmatched, At(10))]);
        var builder = new ToilReportBuilder(Window, ToilReportSettings.Defaults with { UnmatchedEffortMinutes = 45 });

        builder.Add(Day, rollup);

        // 2 unmatched × 45 min = 90 min = 1.5 h.
        Assert.Equal(1.5, builder.Build(GeneratedAt).HoursRemaining.Unmatched);
    }

    [Fact]
    public void Differences_name_each_figure_that_differs_and_none_when_equal()
    {
        var stored = Rollup([Occurrence("o1", "disk-full", ToilOutcome.Failed, At(9), effort: 15, binding: "b1", runbook: "cleanup")]);
        var rows = Rollup([Occurrence("o1", "disk-full", ToilOutcome.Failed, At(9), effort: 15, binding: "b1", runbook: "cleanup"), Occurrence("o2", "cpu", ToilOutcome.Suppressed, At(10))]);

        var differences = stored.DifferencesFrom(rows);

        Assert.Contains("rows: 1 here, 2 expected", differences);
        Assert.Contains("outcome Suppressed count: 0 here, 1 expected", differences);
        Assert.Contains("rule 'cpu' occurrences: 0 here, 1 expected", differences);
        Assert.Empty(rows.DifferencesFrom(rows));
    }

    [Theory]
    [InlineData("30d-2026-11-20", 30)]
    [InlineData("week-2026-W47", 7)]
    [InlineData("day-2026-11-20", 1)]
    public async Task Report_from_rollups_reads_one_rollup_per_day_of_its_window(string windowId, int days)
    {
        Assert.True(ToilWindow.TryParse(windowId, out var window, out _));
        var rollups = Substitute.For<IToilRollups>();
        rollups.ReadDayAsync(default, default).ReturnsForAnyArgs(new ToilRollup());
        var ledger = Substitute.For<IToilLedger>();
        ledger.ReadManualAsync(default, default, default).ReturnsForAnyArgs(AsyncEnumerable.Empty<ManualToilEntry>());

        await ToilReportBuilder.ComputeFromRollupsAsync(rollups, ledger, window, ToilReportSettings.Defaults, GeneratedAt, CancellationToken.None);

        await rollups.ReceivedWithAnyArgs(days).ReadDayAsync(default, default);
        ledger.DidNotReceiveWithAnyArgs().ReadOccurrencesAsync(default, default, default);
    }

    [Fact]
    public void Rollup_read_back_from_json_holds_the_same_figures()
    {
        var random = new Random(5);
        var rollup = Rollup(Enumerable.Range(0, 200).Select(i => RandomOccurrence(random, Day, $"o{i}")));

        var copy = JsonSerializer.Deserialize<ToilRollup>(JsonSerializer.Serialize(rollup, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!;

        Assert.Empty(copy.DifferencesFrom(rollup));
    }

    /// <summary>Everything equal as JSON but the three duration stats, which agree within the sketch's bound.</summary>
    internal static void AssertAgree(ToilReport exact, ToilReport sketched)
    {
        Assert.True(sketched.AutomatedTimeToRemediate.IsWithinSketchBound(exact.AutomatedTimeToRemediate), $"{sketched.AutomatedTimeToRemediate} vs {exact.AutomatedTimeToRemediate}");
        Assert.True(sketched.ManualTimeToRemediate.IsWithinSketchBound(exact.ManualTimeToRemediate), $"{sketched.ManualTimeToRemediate} vs {exact.ManualTimeToRemediate}");
        Assert.True(sketched.ApprovalLatency.IsWithinSketchBound(exact.ApprovalLatency), $"{sketched.ApprovalLatency} vs {exact.ApprovalLatency}");
        Assert.Equal(WithoutDurations(exact), WithoutDurations(sketched));
    }

    private static string WithoutDurations(ToilReport report) => JsonSerializer.Serialize(
        report with { AutomatedTimeToRemediate = DurationStats.Empty, ManualTimeToRemediate = DurationStats.Empty, ApprovalLatency = DurationStats.Empty });

    private static ToilRollup Rollup(IEnumerable<ToilOccurrence> occurrences)
    {
        var rollup = new ToilRollup();
        foreach (var occurrence in occurrences)
        {
            rollup.Add(occurrence);
        }

        return rollup;
    }
}
