using AutoRemediate.Core.Slos;

namespace AutoRemediate.Core.Incidents;

/// <summary>How much of an SLO's error budget went while an incident lasted, from the budget samples around it.</summary>
/// <param name="Slo">The SLO.</param>
/// <param name="AtStart">The sample at or just before the incident's start.</param>
/// <param name="AtEnd">The sample at or just before its end.</param>
public sealed record IncidentBudgetImpact(string Slo, BudgetSample AtStart, BudgetSample AtEnd)
{
    /// <summary>
    /// Remaining at start minus remaining at end, as a fraction of the budget (0.1 = 10 % of the budget). It can be
    /// negative when old bad events rolled out of the SLO window faster than the incident spent.
    /// </summary>
    public double Burned => AtStart.Remaining - AtEnd.Remaining;

    /// <summary>The impact when <paramref name="series"/> covers both the start and the end; null while the incident is open or when a gap hides either.</summary>
    public static IncidentBudgetImpact? Of(Incident incident, BudgetSeries series)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(series);
        return incident.End is { } end && series.At(incident.ImpactStart) is { } start && series.At(end) is { } last
            ? new(series.Slo, start, last)
            : null;
    }
}
