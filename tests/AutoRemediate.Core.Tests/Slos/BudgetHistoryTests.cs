using AutoRemediate.Core.Slos;
using static AutoRemediate.Core.Tests.Support.TestSlos;

namespace AutoRemediate.Core.Tests.Slos;

/// <summary>Budget over time: samples in order, gaps stated, nothing interpolated.</summary>
public sealed class BudgetHistoryTests
{
    private static readonly TimeSpan Five = TimeSpan.FromMinutes(5);

    [Fact]
    public void Missed_samples_are_a_stated_gap_and_the_series_does_not_guess_inside_it()
    {
        // Due every 5 min from 10:00 to 10:40; nothing between 10:10 and 10:30 (20 min > 7.5 min) is a gap.
        var series = BudgetHistory.Build([Sample(30, 0.70), Sample(0, 0.80), Sample(10, 0.78), Sample(5, 0.79), Sample(35, 0.69)], "checkout-availability", Ten, Ten.AddMinutes(40), Five);

        Assert.Equal([0, 5, 10, 30, 35], series.Points.Select(p => (int)(p.Time - Ten).TotalMinutes));
        Assert.Equal([new BudgetGap(Ten.AddMinutes(10), Ten.AddMinutes(30))], series.Gaps);
        Assert.Equal(0.78, series.At(Ten.AddMinutes(14))!.Remaining);
        Assert.Null(series.At(Ten.AddMinutes(20)));
    }

    [Fact]
    public void A_late_timer_is_not_a_gap_but_an_empty_start_or_end_is()
    {
        // 10:05 → 10:12 is 7 min ≤ 7.5 min: late, not missing. 09:00 → 10:05 and 10:12 → 11:00 have no samples.
        var late = BudgetHistory.Build([Sample(5, 0.9), Sample(12, 0.9)], "checkout-availability", Ten.AddMinutes(5), Ten.AddMinutes(12), Five);
        var edges = BudgetHistory.Build([Sample(5, 0.9), Sample(12, 0.9)], "checkout-availability", Ten.AddHours(-1), Ten.AddHours(1), Five);

        Assert.Empty(late.Gaps);
        Assert.Equal([new BudgetGap(Ten.AddHours(-1), Ten.AddMinutes(5)), new BudgetGap(Ten.AddMinutes(12), Ten.AddHours(1))], edges.Gaps);
    }

    [Fact]
    public void Other_slos_are_left_out_and_a_repeated_instant_keeps_the_lower_budget()
    {
        var series = BudgetHistory.Build([Sample(0, 0.8), Sample(0, 0.75), Sample(0, 0.1, slo: "orders-processing")], "checkout-availability", Ten, Ten, Five);

        Assert.Equal(0.75, Assert.Single(series.Points).Remaining);
    }

    [Fact]
    public void A_sample_from_an_evaluation_carries_its_remaining_budget_and_window_burn_rates()
    {
        // 1 h: 15 / 10,000 = 0.15 % → 1.5×; 30 d: 300 / 1,000,000 = 0.03 % → 0.3×, 70 % left.
        var sample = BudgetSample.Of(Evaluate(Objective(), ("1h", 15, 10_000), ("30d", 300, 1_000_000)), Ten);

        Assert.Equal(0.7, sample.Remaining, precision: 9);
        Assert.Equal(1.5, sample.BurnRates[TimeSpan.FromHours(1)], precision: 9);
        Assert.Equal(0.3, sample.BurnRates[TimeSpan.FromDays(30)], precision: 9);
    }
}
