namespace AutoRemediate.Benchmarks;

/// <summary>Median and 99th percentile of a set of samples (nearest-rank).</summary>
internal sealed record Distribution(double Median, double P99, int Count)
{
    public static Distribution Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0
            ? new Distribution(double.NaN, double.NaN, 0)
            : new Distribution(Rank(sorted, 0.50), Rank(sorted, 0.99), sorted.Length);
    }

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
