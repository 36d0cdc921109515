namespace AutoRemediate.Core.Toil;

/// <summary>
/// The toil snapshot of one window: how much manual work automation removed, how much is left, and what to automate
/// next. Every figure is defined in docs/toil.md; hours are rounded to 0.01, rates to 0.0001.
/// </summary>
/// <remarks>WARNING: stored as JSON and read by the dashboard; add members, never rename or retype one.</remarks>
public sealed record ToilReport
{
    /// <summary>The window's id, e.g. <c>day-2026-11-21</c>.</summary>
    public required string WindowId { get; init; }

    /// <summary>The window's kind.</summary>
    public required ToilWindowKind Kind { get; init; }

    /// <summary>Inclusive start (UTC midnight).</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>Exclusive end (UTC midnight).</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>When this snapshot was computed; a re-run replaces the snapshot and this time.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Occurrences by outcome.</summary>
    public required ToilOutcomeCounts Occurrences { get; init; }

    /// <summary>Manual minutes of automated occurrences, in hours.</summary>
    public required double HoursAvoided { get; init; }

    /// <summary>Toil hours humans still spent, by source.</summary>
    public required ToilHoursRemaining HoursRemaining { get; init; }

    /// <summary>Hours the dry-run bindings would have avoided had they acted: what turning dry run off is worth.</summary>
    public required double DryRunHoursAtStake { get; init; }

    /// <summary>Automated / actionable occurrences (0–1); null when none were actionable.</summary>
    public required double? OccurrenceCoverage { get; init; }

    /// <summary>Rules with a binding / rules seen (0–1); null when no rule fired.</summary>
    public required double? RuleCoverage { get; init; }

    /// <summary>Distinct alert rules with an occurrence in the window.</summary>
    public required int RulesSeen { get; init; }

    /// <summary>Of those, how many matched a binding at least once.</summary>
    public required int RulesWithBinding { get; init; }

    /// <summary>Received to the end of the run, for automated occurrences.</summary>
    public required DurationStats AutomatedTimeToRemediate { get; init; }

    /// <summary>Received to resolved, for manual occurrences whose resolution was seen.</summary>
    public required DurationStats ManualTimeToRemediate { get; init; }

    /// <summary>Approval request to decision.</summary>
    public required DurationStats ApprovalLatency { get; init; }

    /// <summary>Per-runbook figures, by name.</summary>
    public required IReadOnlyList<RunbookFigures> Runbooks { get; init; }

    /// <summary>The rules costing the most manual hours, most first.</summary>
    public required IReadOnlyList<UnautomatedRule> TopUnautomatedRules { get; init; }

    /// <summary>The manual toil log by category, most hours first.</summary>
    public required IReadOnlyList<ManualToilCategory> ManualToil { get; init; }

    /// <summary>The assumptions used.</summary>
    public required ToilReportSettings Settings { get; init; }
}
