namespace AutoRemediate.Core.Bindings;

/// <summary>Limits on how many resources one remediation touches.</summary>
/// <param name="MaxTargetsPerRun">Hard cap on targets per run; exceeding it always blocks.</param>
/// <param name="MaxFleetSharePercent">Largest share (1–100) of the fleet one batch may touch; null skips the fleet check.</param>
/// <param name="OnExceed">Whether exceeding the fleet share blocks or splits into batches.</param>
public sealed record BlastRadiusSettings(int MaxTargetsPerRun, int? MaxFleetSharePercent, BlastRadiusAction OnExceed);
