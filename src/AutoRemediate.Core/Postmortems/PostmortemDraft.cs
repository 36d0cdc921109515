using AutoRemediate.Core.Incidents;

namespace AutoRemediate.Core.Postmortems;

/// <summary>
/// A blameless post-mortem draft: the facts the system knows, laid out for people to complete. "Root cause" and
/// "Action items" are left for them; broken audit chains are listed first so nobody trusts a timeline blindly.
/// </summary>
public sealed record PostmortemDraft
{
    /// <summary>The incident.</summary>
    public required Incident Incident { get; init; }

    /// <summary>One paragraph: what happened and what the automation did.</summary>
    public required string Summary { get; init; }

    /// <summary>Every reason the audit trail cannot be fully trusted (broken or missing chains); empty when all verified.</summary>
    public required IReadOnlyList<string> ChainWarnings { get; init; }

    /// <summary>The SLO budget burned, when known.</summary>
    public IncidentBudgetImpact? Budget { get; init; }

    /// <summary>Impact start to the end; null while open.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Every audit record of every member, in time order.</summary>
    public required IReadOnlyList<PostmortemTimelineEntry> Timeline { get; init; }

    /// <summary>Remediations the automation completed without a human.</summary>
    public int AutomatedRemediations { get; init; }

    /// <summary>Remediations that ended needing a human (escalated, failed, unmatched, dry run).</summary>
    public int HumanRemediations { get; init; }

    /// <summary>Minutes of manual work the automated remediations replaced (their bindings' manualEffortMinutes).</summary>
    public double MinutesAutomated { get; init; }

    /// <summary>Minutes people spent: approval review plus the manual effort of remediations handed to them.</summary>
    public double MinutesByHumans { get; init; }

    /// <summary>Impact start to detection (the first alert received); null when the condition's start is unknown.</summary>
    public TimeSpan? TimeToDetect { get; init; }

    /// <summary>Impact start to the end of the last remediation; null while open.</summary>
    public TimeSpan? TimeToMitigate { get; init; }

    /// <summary>Impact start to the last alert clearing; null until resolved.</summary>
    public TimeSpan? TimeToResolve { get; init; }

    /// <summary>When the draft was made.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }
}
