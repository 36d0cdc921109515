namespace AutoRemediate.Core.Toil;

/// <summary>A duration distribution in minutes: how many values, and the nearest-rank median and 90th percentile.</summary>
/// <param name="Count">How many values were measured.</param>
/// <param name="MedianMinutes">Nearest-rank 50th percentile; null when <paramref name="Count"/> is 0.</param>
/// <param name="P90Minutes">Nearest-rank 90th percentile; null when <paramref name="Count"/> is 0.</param>
public sealed record DurationStats(int Count, double? MedianMinutes, double? P90Minutes)
{
    /// <summary>No values.</summary>
    public static DurationStats Empty { get; } = new(0, null, null);

    /// <summary>
    /// True when these stats, computed from a <see cref="DurationSketch"/>, agree with <paramref name="exact"/> (computed
    /// from every value) within the sketch's bound: the same count, and each percentile within
    /// <see cref="DurationSketch.RelativeAccuracy"/> of the exact one plus 0.01 min for rounding both to two decimals.
    /// </summary>
    public bool IsWithinSketchBound(DurationStats exact)
    {
        ArgumentNullException.ThrowIfNull(exact);
        return Count == exact.Count && Within(MedianMinutes, exact.MedianMinutes) && Within(P90Minutes, exact.P90Minutes);

        static bool Within(double? sketched, double? value) =>
            sketched is null || value is null
                ? sketched == value
                : Math.Abs(sketched.Value - value.Value) <= (DurationSketch.RelativeAccuracy * (value.Value + 0.005)) + 0.01 + 1e-9;
    }
}
