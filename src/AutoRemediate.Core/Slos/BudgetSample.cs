namespace AutoRemediate.Core.Slos;

/// <summary>One periodic reading of an SLO's error budget, as a timer stores it.</summary>
/// <param name="Time">When the counts were read (UTC).</param>
/// <param name="Slo">The SLO's name.</param>
/// <param name="Remaining">The remaining budget fraction, unclamped (below 0 when overspent), see <see cref="SloEvaluation.RemainingBudget"/>.</param>
/// <param name="BurnRates">The burn rate of each window read, keyed by window length.</param>
public sealed record BudgetSample(DateTimeOffset Time, string Slo, double Remaining, IReadOnlyDictionary<TimeSpan, double> BurnRates)
{
    /// <summary>The sample an evaluation gives at <paramref name="time"/>.</summary>
    public static BudgetSample Of(SloEvaluation evaluation, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new(time, evaluation.Objective.Name, evaluation.RemainingBudget, evaluation.Windows.ToDictionary(w => w.Window, w => w.BurnRate));
    }
}
