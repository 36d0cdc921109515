namespace AutoRemediate.Core.Slos;

/// <summary>The figures of one window.</summary>
/// <param name="Window">The window's length.</param>
/// <param name="Counts">Bad and total events in it.</param>
/// <param name="ErrorRate">bad / total (0 without traffic).</param>
/// <param name="BurnRate">error rate / (1 − target) (0 without traffic).</param>
public sealed record WindowBurn(TimeSpan Window, EventCounts Counts, double ErrorRate, double BurnRate)
{
    /// <summary>True when the window saw no events: its rates are 0 because nothing happened, not because all was well.</summary>
    public bool NoTraffic => Counts.Total <= 0;

    /// <summary>The figures of <paramref name="counts"/> over <paramref name="window"/> for an SLO with <paramref name="target"/>.</summary>
    public static WindowBurn Of(TimeSpan window, EventCounts counts, double target) =>
        new(window, counts, BurnRateMath.ErrorRate(counts.Bad, counts.Total), BurnRateMath.BurnRate(target, counts.Bad, counts.Total));
}
