using AutoRemediate.Core.Guardrails.Policy;
using AutoRemediate.Core.Slos;
using static AutoRemediate.Core.Tests.Support.TestSlos;

namespace AutoRemediate.Core.Tests.Slos;

/// <summary>Burn rates, remaining budget and multiwindow alerting, with every figure worked by hand in a comment.</summary>
public sealed class SloEvaluatorTests
{
    [Fact]
    public void Worked_example_fires_the_fast_page_and_only_it()
    {
        // Target 99.9 % → budget 0.1 %.
        // 1 h: 150 / 10,000 = 1.5 %, burn 1.5 / 0.1 = 15× ≥ 14.4; 5 m: 20 / 900 = 2.22 %, burn 22.2× ≥ 14.4 → page-1h fires.
        // 6 h: 200 / 60,000 = 0.333 %, burn 3.33× < 6 → page-6h quiet although 30 m burns 60 / 5,000 = 1.2 %, 12× ≥ 6.
        // 3 d: 300 / 720,000 = 0.0417 %, burn 0.417× < 1 → ticket-3d quiet.
        // 30 d: 2,160 / 7,200,000 = 0.03 %, burn 0.3× → 70 % of the budget remains.
        var evaluation = Evaluate(Objective(),
            ("5m", 20, 900), ("30m", 60, 5_000), ("1h", 150, 10_000), ("6h", 200, 60_000), ("3d", 300, 720_000), ("30d", 2_160, 7_200_000));

        var fired = Assert.Single(evaluation.Fired);
        Assert.Equal("page-1h", fired.Rule.Name);
        Assert.Equal((0.015, 15.0), (fired.Long.ErrorRate, fired.Long.BurnRate), new Tolerance(1e-9));
        Assert.Equal((20.0 / 900, 22.222222222), (fired.Short.ErrorRate, fired.Short.BurnRate), new Tolerance(1e-6));
        Assert.True(evaluation.Pages);
        Assert.Equal(0.7, evaluation.RemainingBudget, precision: 9);
        Assert.False(evaluation.IsExhausted);
        Assert.Empty(evaluation.NotEvaluated);
    }

    [Fact]
    public void A_rule_needs_both_windows_at_its_factor()
    {
        // Short only: 5 m burns 20 / 900 → 22.2× but 1 h burns 50 / 10,000 = 0.5 % → 5×. Long only: 1 h 15×, 5 m 1 / 900 → 1.1×.
        var shortOnly = Evaluate(Objective(), ("5m", 20, 900), ("1h", 50, 10_000), ("30d", 0, 1));
        var longOnly = Evaluate(Objective(), ("5m", 1, 900), ("1h", 150, 10_000), ("30d", 0, 1));

        Assert.Empty(shortOnly.Fired);
        Assert.Empty(longOnly.Fired);
    }

    [Fact]
    public void A_window_burning_exactly_at_the_factor_fires()
    {
        // 144 / 10,000 = 1.44 % over a 0.1 % budget = 14.4× exactly (in binary 1 − 0.999 makes it 14.3999…).
        var evaluation = Evaluate(Objective(), ("5m", 144, 10_000), ("1h", 144, 10_000), ("30d", 0, 1));

        Assert.Equal("page-1h", Assert.Single(evaluation.Fired).Rule.Name);
    }

    [Fact]
    public void No_traffic_burns_nothing_and_says_so()
    {
        var evaluation = Evaluate(Objective(), ("5m", 0, 0), ("1h", 0, 0), ("30d", 0, 0));

        Assert.All(evaluation.Windows, w => Assert.Equal((0.0, 0.0, true), (w.ErrorRate, w.BurnRate, w.NoTraffic)));
        Assert.True(evaluation.NoTraffic);
        Assert.Equal(1.0, evaluation.RemainingBudget);
        Assert.Empty(evaluation.Fired);
    }

    [Fact]
    public void An_overspent_budget_is_reported_negative_and_the_guardrail_still_reads_zero()
    {
        // 30 d: 3 / 1,000 = 0.3 % over a 0.1 % budget = 3× → remaining 1 − 3 = −2 (200 % overspent).
        var evaluation = Evaluate(Objective(), ("30d", 3, 1_000));
        var slo = new SloDefinition("s", 0.999, TimeSpan.FromDays(30), new LogQueryBudgetSource("w", "q"));

        Assert.Equal(-2.0, evaluation.RemainingBudget, precision: 9);
        Assert.True(evaluation.IsExhausted);
        Assert.Equal(0.0, slo.RemainingBudget(3, 1_000));
    }

    [Fact]
    public void More_bad_than_total_events_is_an_error_naming_the_slo_and_window()
    {
        var result = SloEvaluator.Evaluate(Objective(), Counts(("1h", 12, 10), ("30d", 0, 100)));

        Assert.False(result.IsSuccess);
        Assert.Equal("SLO 'checkout-availability', 1 h window: bad events (12) exceed total events (10); the two counts do not describe the same events", result.Error);
    }

    [Theory]
    [InlineData(-1, 10, "cannot be negative")]
    [InlineData(double.NaN, 10, "must be finite")]
    public void Negative_or_non_finite_counts_are_errors(double bad, double total, string expected)
    {
        var result = SloEvaluator.Evaluate(Objective(), new Dictionary<TimeSpan, EventCounts> { [TimeSpan.FromDays(30)] = new(bad, total) });

        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_slo_window_is_an_error_and_a_missing_rule_window_is_listed_not_silent()
    {
        var noBudget = SloEvaluator.Evaluate(Objective(), Counts(("1h", 0, 10)));
        var partial = Evaluate(Objective(), ("5m", 0, 10), ("1h", 0, 10), ("30d", 0, 10));

        Assert.Equal("SLO 'checkout-availability': no counts for its 30 d SLO window, so its budget is unknown", noBudget.Error);
        Assert.Equal(["rule 'page-6h': no counts for the 6 h and 30 min window(s)", "rule 'ticket-3d': no counts for the 3 d and 6 h window(s)"], partial.NotEvaluated);
    }

    [Fact]
    public void A_target_near_one_still_computes_finite_burn_rates()
    {
        // Target 99.999 % → budget 0.001 %. 1 h: 150 / 1,000,000 = 0.015 % → 15×; 5 m: 20 / 100,000 = 0.02 % → 20×.
        var evaluation = Evaluate(Objective(target: 0.99999), ("5m", 20, 100_000), ("1h", 150, 1_000_000), ("30d", 150, 1_000_000));

        Assert.Equal(15.0, evaluation.Budget.BurnRate, precision: 6);
        Assert.Equal("page-1h", Assert.Single(evaluation.Fired).Rule.Name);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.0)]
    public void A_target_without_budget_is_refused_by_the_math(double target)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BurnRateMath.BurnRate(target, 1, 10));
    }

    [Fact]
    public void Windows_needed_are_the_slo_window_and_every_rule_window_shortest_first()
    {
        Assert.Equal(
            [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromDays(3), TimeSpan.FromDays(30)],
            SloEvaluator.WindowsNeeded(Objective()));
    }

    private sealed class Tolerance(double epsilon) : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) x, (double, double) y) => Math.Abs(x.Item1 - y.Item1) <= epsilon && Math.Abs(x.Item2 - y.Item2) <= epsilon;

        public int GetHashCode((double, double) obj) => 0;
    }
}
