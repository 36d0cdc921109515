using AutoRemediate.Core.Slos;

namespace AutoRemediate.Core.Tests.Support;

/// <summary>Builds SLO objectives, window counts and budget samples in one line.</summary>
internal static class TestSlos
{
    public static readonly DateTimeOffset Ten = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static SloObjective Objective(double target = 0.999, IReadOnlyList<BurnRateRule>? rules = null) =>
        new("checkout-availability", target, TimeSpan.FromDays(30), rules ?? BurnRateRule.WorkbookDefaults);

    /// <summary>Counts keyed by window, written as ("1h", bad, total).</summary>
    public static Dictionary<TimeSpan, EventCounts> Counts(params (string Window, double Bad, double Total)[] windows) =>
        windows.ToDictionary(w => Window(w.Window), w => new EventCounts(w.Bad, w.Total));

    public static TimeSpan Window(string text) => text[^1] switch
    {
        'm' => TimeSpan.FromMinutes(int.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture)),
        'h' => TimeSpan.FromHours(int.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture)),
        _ => TimeSpan.FromDays(int.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static SloEvaluation Evaluate(SloObjective objective, params (string Window, double Bad, double Total)[] windows) =>
        SloEvaluator.Evaluate(objective, Counts(windows)).Evaluation!;

    public static BudgetSample Sample(int minutesAfterTen, double remaining, string slo = "checkout-availability") =>
        new(Ten.AddMinutes(minutesAfterTen), slo, remaining, new Dictionary<TimeSpan, double>());
}
