namespace AutoRemediate.Core.Slos;

/// <summary>Builds an SLO's budget-over-time series from stored samples; pure (the timer and store come separately).</summary>
public static class BudgetHistory
{
    /// <summary>
    /// The samples of <paramref name="slo"/> in [<paramref name="from"/>, <paramref name="to"/>], oldest first, with
    /// every gap longer than 1.5 × <paramref name="interval"/> stated (including at the start and end of the period).
    /// Input order does not matter. Two samples at one instant (a retried timer) keep the one with less budget left,
    /// so a series never looks better than one of its readings.
    /// </summary>
    public static BudgetSeries Build(IEnumerable<BudgetSample> samples, string slo, DateTimeOffset from, DateTimeOffset to, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentException.ThrowIfNullOrEmpty(slo);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        var points = samples
            .Where(s => string.Equals(s.Slo, slo, StringComparison.Ordinal) && s.Time >= from && s.Time <= to)
            .OrderBy(s => s.Time).ThenBy(s => s.Remaining)
            .DistinctBy(s => s.Time)
            .ToList();
        var series = new BudgetSeries(slo, from, to, interval, points, []);
        var gaps = new List<BudgetGap>();
        var cursor = from;
        foreach (var time in points.Select(p => p.Time).Append(to))
        {
            if (time - cursor > series.MaxSpacing)
            {
                gaps.Add(new(cursor, time));
            }

            cursor = time;
        }

        return series with { Gaps = gaps };
    }
}
