namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>A service level objective and where to read how much of its error budget is spent.</summary>
/// <param name="Name">The name bindings' <c>errorBudget.slo</c> refers to.</param>
/// <param name="Target">The objective as a fraction of good events, e.g. 0.999.</param>
/// <param name="Window">The SLO window the budget is computed over, e.g. 30 days.</param>
/// <param name="Source">Where the bad and total event counts come from.</param>
public sealed record SloDefinition(string Name, double Target, TimeSpan Window, SloBudgetSource Source)
{
    /// <summary>
    /// The fraction (0–1) of the error budget left after <paramref name="bad"/> of <paramref name="total"/> events
    /// failed in the window. The budget is the <c>1 - Target</c> share of events allowed to fail; an overspent budget
    /// is 0, and a window without traffic has spent nothing.
    /// </summary>
    public double RemainingBudget(double bad, double total)
    {
        if (total <= 0)
        {
            return 1;
        }

        var spent = bad / total / (1 - Target);
        return Math.Clamp(1 - spent, 0, 1);
    }
}
