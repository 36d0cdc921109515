using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Incidents;

namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>
/// Installation-wide guardrail settings from the policy file: change windows, global scope lists, global dry run,
/// SLO definitions and incident grouping. Bindings refer to windows and SLOs by name; the loader checks that every name exists.
/// </summary>
/// <param name="Source">The file it was read from (or a note that there is none).</param>
public sealed record GuardrailPolicy(string Source)
{
    /// <summary>Freeze and maintenance windows.</summary>
    public IReadOnlyList<ChangeWindow> Windows { get; init; } = [];

    /// <summary>Allow and deny lists every binding's targets must also satisfy.</summary>
    public ScopeRules Scope { get; init; } = ScopeRules.Unrestricted;

    /// <summary>Shadow mode for the whole installation: every run is a dry run, whatever its binding says.</summary>
    public bool DryRun { get; init; }

    /// <summary>SLOs error-budget gates refer to, with where their budget is read from.</summary>
    public IReadOnlyList<SloDefinition> Slos { get; init; } = [];

    /// <summary>How remediations are grouped into incidents; same rule and resource within 30 minutes unless configured.</summary>
    public IncidentGrouping Incidents { get; init; } = IncidentGrouping.Default;

    /// <summary>The names bindings may use, for <see cref="BindingLoader"/>.</summary>
    public PolicyNames Names => new(
        Source,
        Windows.Select(w => w.Name).ToHashSet(StringComparer.Ordinal),
        Slos.Select(s => s.Name).ToHashSet(StringComparer.Ordinal));
}
