namespace AutoRemediate.Core.Incidents;

/// <summary>How remediations are grouped into incidents (policy file <c>incidents:</c>).</summary>
/// <param name="GroupBy">What members share; <see cref="IncidentGroupBy.RuleAndResource"/> unless configured.</param>
/// <param name="Gap">
/// The longest quiet spell inside one incident: a remediation received at most this long after every earlier member
/// ended joins the incident (exactly at the gap still joins); <see cref="DefaultGap"/> unless configured.
/// </param>
public sealed record IncidentGrouping(IncidentGroupBy GroupBy, TimeSpan Gap)
{
    /// <summary>30 minutes: a re-fire within half an hour of the last fix is the same trouble.</summary>
    public static readonly TimeSpan DefaultGap = TimeSpan.FromMinutes(30);

    /// <summary>Same rule and resource, 30-minute gap.</summary>
    public static IncidentGrouping Default { get; } = new(IncidentGroupBy.RuleAndResource, DefaultGap);
}
