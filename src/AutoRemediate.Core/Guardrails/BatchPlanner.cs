using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Splits targets into batches that each stay within the binding's fleet share. Targets are ordered by normalised
/// id so the same plan always yields the same batches.
/// </summary>
internal static class BatchPlanner
{
    public static IReadOnlyList<IReadOnlyList<AzureResourceId>> Plan(IReadOnlyList<AzureResourceId> targets, BlastRadiusSettings settings, int? fleetSize)
    {
        var ordered = targets.OrderBy(t => t.Normalized, StringComparer.Ordinal).ToArray();
        var batch = settings.MaxBatchSize(fleetSize);
        return settings.OnExceed == BlastRadiusAction.Split && batch is { } size && ordered.Length > size
            ? ordered.Chunk(size).Select(c => (IReadOnlyList<AzureResourceId>)c).ToArray()
            : [ordered];
    }
}
