namespace AutoRemediate.Core.Slos;

/// <summary>An SLO's budget over time: the samples in order and every gap between them.</summary>
/// <param name="Slo">The SLO.</param>
/// <param name="From">The start of the period asked for.</param>
/// <param name="To">The end of the period asked for.</param>
/// <param name="Interval">How often samples are due.</param>
/// <param name="Points">One sample per instant, oldest first.</param>
/// <param name="Gaps">Every stretch longer than <see cref="MaxSpacing"/> without a sample, oldest first.</param>
public sealed record BudgetSeries(string Slo, DateTimeOffset From, DateTimeOffset To, TimeSpan Interval, IReadOnlyList<BudgetSample> Points, IReadOnlyList<BudgetGap> Gaps)
{
    /// <summary>
    /// The longest spacing that is not a gap: one and a half intervals, so a timer firing a little late is not a gap
    /// but a missed sample is.
    /// </summary>
    public TimeSpan MaxSpacing => Interval * 1.5;

    /// <summary>
    /// The latest sample at or before <paramref name="time"/>, if it is at most <see cref="MaxSpacing"/> old; null when
    /// the series does not cover that instant (no guessing across gaps).
    /// </summary>
    public BudgetSample? At(DateTimeOffset time) =>
        Points.LastOrDefault(p => p.Time <= time) is { } sample && time - sample.Time <= MaxSpacing ? sample : null;
}
