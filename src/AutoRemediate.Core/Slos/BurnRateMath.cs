namespace AutoRemediate.Core.Slos;

/// <summary>
/// The one formula set behind SLO alerting and the error-budget guardrail. With budget = 1 − target:
/// error rate = bad / total; burn rate = error rate / budget (1× spends exactly the budget over the SLO window);
/// over the SLO window itself, remaining budget = 1 − burn rate.
/// </summary>
/// <remarks>
/// No traffic (total 0) is an error rate and burn rate of 0, never NaN: nothing failed, so nothing was spent. These
/// functions do not validate counts (see <see cref="EventCounts.Problem"/>); the guardrail has always clamped what
/// they return and keeps doing so.
/// </remarks>
public static class BurnRateMath
{
    /// <summary>bad / total, or 0 without traffic.</summary>
    public static double ErrorRate(double bad, double total) => total > 0 ? bad / total : 0;

    /// <summary>How many times faster than allowed the budget is being spent: error rate / (1 − target).</summary>
    public static double BurnRate(double target, double bad, double total)
    {
        CheckTarget(target);
        return ErrorRate(bad, total) / (1 - target);
    }

    /// <summary>
    /// The fraction of the budget left after these counts over the SLO window: 1 − burn rate, unclamped (below 0
    /// when overspent, e.g. −0.5 for 150 % spent).
    /// </summary>
    public static double RemainingBudget(double target, double bad, double total) => 1 - BurnRate(target, bad, total);

    private static void CheckTarget(double target)
    {
        if (!(target is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "An SLO target must be strictly between 0 and 1; a target of 1 has no error budget to burn.");
        }
    }
}
