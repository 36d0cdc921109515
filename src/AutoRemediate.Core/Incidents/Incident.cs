using AutoRemediate.Core.Toil;

namespace AutoRemediate.Core.Incidents;

/// <summary>Remediations that are one piece of trouble, grouped by <see cref="IncidentGrouper"/>.</summary>
/// <param name="Id">Stable: derived from the first member's remediation id.</param>
/// <param name="Members">The remediations, in the order received (never empty).</param>
public sealed record Incident(string Id, IReadOnlyList<RemediationFact> Members)
{
    /// <summary>When the first alert was received: the incident's detection.</summary>
    public DateTimeOffset Start => Members[0].ReceivedAt;

    /// <summary>The earliest time the monitor says a condition started, when any member knows it.</summary>
    public DateTimeOffset? ConditionStartedAt => Members.Min(m => m.FiredAt);

    /// <summary>When impact began as far as we know: the condition's start, or else detection.</summary>
    public DateTimeOffset ImpactStart => ConditionStartedAt is { } fired && fired < Start ? fired : Start;

    /// <summary>Open, mitigated or resolved (see <see cref="IncidentStatus"/>).</summary>
    public IncidentStatus Status =>
        Members.Any(m => m.IsOpen) ? IncidentStatus.Open
        : Members.All(m => m.ClearedAt is not null) ? IncidentStatus.Resolved
        : IncidentStatus.Mitigated;

    /// <summary>When the last remediation ended; null while any runs.</summary>
    public DateTimeOffset? MitigatedAt => Status == IncidentStatus.Open ? null : Members.Max(m => m.EndedAt);

    /// <summary>When the last alert cleared; null until all have.</summary>
    public DateTimeOffset? ResolvedAt => Status == IncidentStatus.Resolved ? Members.Max(m => m.ClearedAt) : null;

    /// <summary>The end: the last thing that happened to any member; null while any member is open.</summary>
    public DateTimeOffset? End => Status == IncidentStatus.Open ? null : Members.Max(m => m.LastSeenAt);

    /// <summary>True when any remediation ended needing a human (escalated, failed, unmatched, dry run).</summary>
    public bool NeededHumans => Members.Any(m => m.Outcome is ToilOutcome.Escalated or ToilOutcome.Failed or ToilOutcome.Unmatched or ToilOutcome.DryRun);

    /// <summary>The alert rules involved, in order of first appearance.</summary>
    public IReadOnlyList<string> RuleNames => [.. Members.Select(m => m.RuleName).Distinct(StringComparer.Ordinal)];

    /// <summary>The resources involved, in order of first appearance (first spelling kept).</summary>
    public IReadOnlyList<string> ResourceIds => [.. Members.SelectMany(m => m.ResourceIds).Distinct(StringComparer.OrdinalIgnoreCase)];
}
