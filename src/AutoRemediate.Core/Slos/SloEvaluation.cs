namespace AutoRemediate.Core.Slos;

/// <summary>An SLO's budget and alert state from the counts of its windows.</summary>
/// <param name="Objective">The SLO evaluated.</param>
/// <param name="Budget">The figures over the SLO window.</param>
/// <param name="Windows">The figures of every window counted, shortest first.</param>
/// <param name="Fired">The rules whose long and short windows both burn at or above their factor, in rule order.</param>
/// <param name="NotEvaluated">Rules that could not be evaluated, each with the reason (a window's counts are missing).</param>
public sealed record SloEvaluation(
    SloObjective Objective,
    WindowBurn Budget,
    IReadOnlyList<WindowBurn> Windows,
    IReadOnlyList<BurnRateAlert> Fired,
    IReadOnlyList<string> NotEvaluated)
{
    /// <summary>
    /// The fraction of the budget left over the SLO window, unclamped: below 0 says by how much it is overspent
    /// (−0.5 = 150 % spent). The guardrail clamps it to 0–1; reports show the overspend.
    /// </summary>
    public double RemainingBudget => 1 - Budget.BurnRate;

    /// <summary>True when no budget is left (remaining ≤ 0).</summary>
    public bool IsExhausted => RemainingBudget <= 0;

    /// <summary>True when the SLO window saw no events at all: nothing spent, and nothing measured.</summary>
    public bool NoTraffic => Budget.NoTraffic;

    /// <summary>True when a paging rule fired.</summary>
    public bool Pages => Fired.Any(f => f.Rule.Severity == BurnRateSeverity.Page);
}
