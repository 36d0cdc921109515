using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Splits targets into batches that each stay within the binding's fleet share. Targets are ordered by normalised
/// id so the same plan always yields the same batches.
/// </summary>
internal static class BatchPlanner
{
    /// <summary>The largest batch the fleet share allows (at least 1), or null when no share applies or the fleet is unknown.</summary>
    public static int? MaxBatchSize(BlastRadiusSettings settings, int? fleetSize) =>
        settings.MaxFleetSharePercent is { } percent && fleetSize is > 0
            ? Math.Max(1, fleetSize.Value * percent / 100)
            : null;

    public static IReadOnlyList<IReadOnlyList<AzureResourceId>> Plan(IReadOnlyList<AzureResourceId> targets, BlastRadiusSettings settings, int? fleetSize)
    {
        var ordered = targets.OrderBy(t => t.Normalized, StringComparer.Ordinal).ToArray();
        var batch = MaxBatchSize(settings, fleetSize);
        return settings.OnExceed == BlastRadiusAction.Split && batch is { } size && ordered.Length > size
            ? ordered.Chunk(size).Select(c => (IReadOnlyList<AzureResourceId>)c).ToArray()
            : [ordered];
    }
}
