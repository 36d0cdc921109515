namespace AutoRemediate.Core.Slos;

/// <summary>A stretch of a budget series with no sample: shown as missing, never interpolated.</summary>
/// <param name="From">The last sample before the gap (or the series start).</param>
/// <param name="To">The first sample after the gap (or the series end).</param>
public sealed record BudgetGap(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>How long no sample was taken.</summary>
    public TimeSpan Length => To - From;
}
