using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Slos;

/// <summary>
/// Multiwindow, multi-burn-rate evaluation: from bad/total counts per window, the remaining budget over the SLO
/// window and which alert rules fire (both windows at or above the factor). Pure; the caller reads the counts.
/// </summary>
public static class SloEvaluator
{
    /// <summary>
    /// Evaluates <paramref name="objective"/> on <paramref name="counts"/>, keyed by window length. The SLO window's
    /// counts are required; a rule whose windows are missing is listed as not evaluated rather than treated as quiet.
    /// Invalid counts (negative, non-finite, bad above total) make the whole result an error.
    /// </summary>
    public static SloEvaluationResult Evaluate(SloObjective objective, IReadOnlyDictionary<TimeSpan, EventCounts> counts)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var (window, count) in counts.OrderBy(c => c.Key))
        {
            if (count.Problem is { } problem)
            {
                return new(null, $"SLO '{objective.Name}', {DurationText.Format(window)} window: {problem}");
            }
        }

        if (!counts.TryGetValue(objective.Window, out var budgetCounts))
        {
            return new(null, $"SLO '{objective.Name}': no counts for its {DurationText.Format(objective.Window)} SLO window, so its budget is unknown");
        }

        var windows = counts.OrderBy(c => c.Key).Select(c => WindowBurn.Of(c.Key, c.Value, objective.Target)).ToList();
        var byWindow = windows.ToDictionary(w => w.Window);
        var fired = new List<BurnRateAlert>();
        var notEvaluated = new List<string>();
        foreach (var rule in objective.Rules)
        {
            var missing = new[] { rule.LongWindow, rule.ShortWindow }.Where(w => !byWindow.ContainsKey(w)).Select(DurationText.Format).ToList();
            if (missing.Count > 0)
            {
                notEvaluated.Add($"rule '{rule.Name}': no counts for the {string.Join(" and ", missing)} window(s)");
            }
            else if (rule.IsMetBy(byWindow[rule.LongWindow].BurnRate) && rule.IsMetBy(byWindow[rule.ShortWindow].BurnRate))
            {
                fired.Add(new(rule, byWindow[rule.LongWindow], byWindow[rule.ShortWindow]));
            }
        }

        return new(new SloEvaluation(objective, WindowBurn.Of(objective.Window, budgetCounts, objective.Target), windows, fired, notEvaluated), null);
    }

    /// <summary>Every window length <paramref name="objective"/> needs counts for: the SLO window and each rule's two windows, shortest first.</summary>
    public static IReadOnlyList<TimeSpan> WindowsNeeded(SloObjective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return [.. objective.Rules.SelectMany(r => new[] { r.LongWindow, r.ShortWindow }).Append(objective.Window).Distinct().Order()];
    }
}
