using AutoRemediate.Core.Slos;

namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>A service level objective, where its events are counted and when its burn rate alerts.</summary>
/// <param name="Name">The name bindings' <c>errorBudget.slo</c> refers to.</param>
/// <param name="Target">The objective as a fraction of good events, strictly between 0 and 1, e.g. 0.999.</param>
/// <param name="Window">The rolling SLO window the budget is computed over, e.g. 30 days.</param>
/// <param name="Source">Where the bad and total event counts come from.</param>
public sealed record SloDefinition(string Name, double Target, TimeSpan Window, SloBudgetSource Source)
{
    /// <summary>The burn-rate alert rules; the SRE workbook's defaults unless the policy lists its own.</summary>
    public IReadOnlyList<BurnRateRule> AlertRules { get; init; } = BurnRateRule.WorkbookDefaults;

    /// <summary>The SLO as the burn-rate math sees it.</summary>
    public SloObjective Objective => new(Name, Target, Window, AlertRules);

    /// <summary>
    /// The fraction (0–1) of the error budget left after <paramref name="bad"/> of <paramref name="total"/> events
    /// failed in the window, as the error-budget guardrail gates on it: <see cref="BurnRateMath.RemainingBudget"/>
    /// clamped to 0–1, so an overspent budget is 0 (and inconsistent counts, bad above total, read as overspent);
    /// a window without traffic has spent nothing.
    /// </summary>
    public double RemainingBudget(double bad, double total) => Math.Clamp(BurnRateMath.RemainingBudget(Target, bad, total), 0, 1);
}
