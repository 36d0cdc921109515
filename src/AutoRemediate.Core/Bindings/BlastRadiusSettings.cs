namespace AutoRemediate.Core.Bindings;

/// <summary>Limits on how many resources one remediation touches.</summary>
/// <param name="MaxTargetsPerRun">Hard cap on targets per run; exceeding it always blocks.</param>
/// <param name="MaxFleetSharePercent">Largest share (1–100) of the fleet one batch may touch; null skips the fleet check.</param>
/// <param name="OnExceed">Whether exceeding the fleet share blocks or splits into batches.</param>
public sealed record BlastRadiusSettings(int MaxTargetsPerRun, int? MaxFleetSharePercent, BlastRadiusAction OnExceed)
{
    /// <summary>The largest batch the fleet share allows (at least 1), or null when no share applies or the fleet is unknown.</summary>
    /// <param name="fleetSize">The number of instances in the fleet, when known.</param>
    public int? MaxBatchSize(int? fleetSize) =>
        MaxFleetSharePercent is { } percent && fleetSize is > 0
            ? Math.Max(1, fleetSize.Value * percent / 100)
            : null;
}
