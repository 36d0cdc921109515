namespace AutoRemediate.Core.Toil;

/// <summary>A duration distribution in minutes: how many values, and the nearest-rank median and 90th percentile.</summary>
/// <param name="Count">How many values were measured.</param>
/// <param name="MedianMinutes">Nearest-rank 50th percentile; null when <paramref name="Count"/> is 0.</param>
/// <param name="P90Minutes">Nearest-rank 90th percentile; null when <paramref name="Count"/> is 0.</param>
public sealed record DurationStats(int Count, double? MedianMinutes, double? P90Minutes)
{
    /// <summary>No values.</summary>
    public static DurationStats Empty { get; } = new(0, null, null);
}
