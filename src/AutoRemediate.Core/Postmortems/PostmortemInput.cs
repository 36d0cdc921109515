using AutoRemediate.Core.Incidents;
using AutoRemediate.Core.Toil;

namespace AutoRemediate.Core.Postmortems;

/// <summary>Everything a post-mortem draft is built from; gathered by the caller, nothing read here.</summary>
public sealed record PostmortemInput
{
    /// <summary>The incident.</summary>
    public required Incident Incident { get; init; }

    /// <summary>The audit chain of each member remediation; a member without one is reported in the draft.</summary>
    public required IReadOnlyList<PostmortemChain> Chains { get; init; }

    /// <summary>The members' toil ledger rows, for automation and human minutes; may be empty.</summary>
    public IReadOnlyList<ToilOccurrence> Toil { get; init; } = [];

    /// <summary>The SLO budget the incident burned, when samples cover it.</summary>
    public IncidentBudgetImpact? Budget { get; init; }

    /// <summary>When the draft is made (from the caller's <see cref="TimeProvider"/>).</summary>
    public required DateTimeOffset GeneratedAt { get; init; }
}
