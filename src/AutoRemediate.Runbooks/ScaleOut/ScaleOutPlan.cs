using System.Globalization;

namespace AutoRemediate.Runbooks.ScaleOut;

/// <summary>What one scale-out decided: the resource, its recorded baseline, the new capacity and the maximum.</summary>
/// <param name="Reading">The capacity read before acting.</param>
/// <param name="Name">The scaled resource's name, for audit lines.</param>
/// <param name="Baseline">The capacity before the scale-out; scale-back and rollback return to it.</param>
/// <param name="Desired">The capacity after the scale-out.</param>
/// <param name="Maximum">The binding's hard maximum.</param>
internal sealed record ScaleOutPlan(CapacityReading Reading, string Name, int Baseline, int Desired, int Maximum)
{
    public CapacityOrder Order(int capacity, bool dryRun) => new(Reading.Kind, Reading.ScaledResource, capacity, dryRun);

    public Dictionary<string, string> Details() => new(StringComparer.Ordinal)
    {
        ["scaledResource"] = Reading.ScaledResource,
        ["kind"] = Reading.Kind.ToString(),
        ["baseline"] = Baseline.ToString(CultureInfo.InvariantCulture),
        ["desired"] = Desired.ToString(CultureInfo.InvariantCulture),
        ["maximum"] = Maximum.ToString(CultureInfo.InvariantCulture),
    };
}
