namespace AutoRemediate.Core.Toil;

/// <summary>The assumptions a report is computed with; stored in the report so its figures can be re-derived.</summary>
/// <param name="UnmatchedEffortMinutes">Manual minutes assumed for an occurrence no binding matched (it has no <c>manualEffortMinutes</c>).</param>
/// <param name="TopRules">How many unautomated rules the report lists.</param>
public sealed record ToilReportSettings(int UnmatchedEffortMinutes, int TopRules)
{
    /// <summary>30 minutes per unmatched occurrence, top 10 rules.</summary>
    public static ToilReportSettings Defaults { get; } = new(30, 10);
}
