using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Bindings;

/// <summary>
/// Picks the binding for an alert. Among enabled bindings whose rules all hold, the winner is the one with the
/// highest <see cref="BindingMatch.Specificity"/>; ties go to the higher <see cref="RunbookBinding.Priority"/>,
/// then to the ordinally smallest id, so the result never depends on file order. Only one binding runs per alert.
/// </summary>
public sealed class BindingMatcher
{
    private readonly BindingCatalog catalog;

    /// <summary>Creates a matcher over a loaded catalog.</summary>
    public BindingMatcher(BindingCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
    }

    /// <summary>The best binding for <paramref name="alert"/>, or an unmatched result explaining the nearest miss.</summary>
    public BindingMatchResult Match(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var evaluated = catalog.Bindings
            .Select(b => (Binding: b, Result: b.Match.Evaluate(alert)))
            .ToArray();

        var candidates = evaluated
            .Where(e => e.Binding.Enabled && e.Result.Failures.Count == 0)
            .Select(e => e.Binding)
            .OrderByDescending(b => b.Match.Specificity)
            .ThenByDescending(b => b.Priority)
            .ThenBy(b => b.Id, StringComparer.Ordinal)
            .ToArray();

        var disabled = evaluated.Where(e => !e.Binding.Enabled && e.Result.Failures.Count == 0).Select(e => $"'{e.Binding.Id}'").ToArray();
        var disabledNote = disabled.Length == 0 ? string.Empty : $"; disabled binding(s) {string.Join(", ", disabled)} would also match";

        if (candidates.Length > 0)
        {
            var winner = candidates[0];
            var others = candidates.Skip(1)
                .Select(b => $"'{b.Id}' (specificity {b.Match.Specificity}, priority {b.Priority})")
                .ToArray();
            var beat = others.Length == 0 ? string.Empty : $"; it beat {string.Join(", ", others)}";
            return new BindingMatchResult(
                winner,
                $"matched binding {winner.DisplayName} with specificity {winner.Match.Specificity}, priority {winner.Priority}{beat}{disabledNote}");
        }

        var subject = $"alert '{alert.RuleName}' from {alert.Source}";
        if (catalog.Bindings.Count == 0)
        {
            return new BindingMatchResult(null, $"no binding matched {subject}: no bindings are loaded");
        }

        var closest = evaluated
            .Where(e => e.Result.Failures.Count > 0)
            .OrderByDescending(e => e.Result.Satisfied)
            .ThenBy(e => e.Result.Failures.Count)
            .ThenBy(e => e.Binding.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        var nearest = closest.Binding is null
            ? string.Empty
            : $"; closest was '{closest.Binding.Id}', which failed on {string.Join("; ", closest.Result.Failures)}";
        return new BindingMatchResult(null, $"no binding matched {subject}{nearest}{disabledNote}");
    }
}
