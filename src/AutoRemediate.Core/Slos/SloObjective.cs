namespace AutoRemediate.Core.Slos;

/// <summary>What the SLO math needs of an SLO: its name, target, window and burn-rate alert rules.</summary>
/// <param name="Name">The SLO's name.</param>
/// <param name="Target">The objective as a fraction of good events, strictly between 0 and 1 (e.g. 0.999).</param>
/// <param name="Window">The rolling window the error budget is counted over, e.g. 30 days.</param>
/// <param name="Rules">The burn-rate alert rules; empty means the SLO pages nobody.</param>
public sealed record SloObjective(string Name, double Target, TimeSpan Window, IReadOnlyList<BurnRateRule> Rules)
{
    /// <summary>The share of events allowed to fail: 1 − target.</summary>
    public double Budget => 1 - Target;

    /// <summary>The highest burn rate possible (every event bad): 1 / (1 − target). A rule's factor above it can never fire.</summary>
    public double MaxBurnRate => 1 / Budget;
}
