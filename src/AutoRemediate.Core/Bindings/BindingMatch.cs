using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Bindings;

/// <summary>
/// A binding's match rules. Every rule that is set must hold (logical AND); unset rules match anything.
/// </summary>
/// <remarks>
/// Specificity, used to pick the best of several matching bindings: each set rule scores 1, and a rule whose
/// pattern is a literal (ruleName or a label/custom property without wildcards) scores 1 more, so an exact rule
/// name beats a glob. Resource type is an exact, case-insensitive comparison against any target's type.
/// </remarks>
public sealed record BindingMatch
{
    /// <summary>Required source, or null for any.</summary>
    public AlertSource? Source { get; init; }

    /// <summary>Glob on <see cref="Alert.RuleName"/>, or null for any.</summary>
    public GlobPattern? RuleName { get; init; }

    /// <summary>Required signal type, or null for any.</summary>
    public SignalType? SignalType { get; init; }

    /// <summary>Lower-case ARM resource type that at least one target must have, e.g. <c>microsoft.web/sites</c>.</summary>
    public string? ResourceType { get; init; }

    /// <summary>Inclusive severity range, or null for any.</summary>
    public SeverityRange? Severity { get; init; }

    /// <summary>Labels that must be present and match their glob.</summary>
    public IReadOnlyDictionary<string, GlobPattern> Labels { get; init; } = new Dictionary<string, GlobPattern>();

    /// <summary>Custom properties that must be present and match their glob.</summary>
    public IReadOnlyDictionary<string, GlobPattern> CustomProperties { get; init; } = new Dictionary<string, GlobPattern>();

    /// <summary>How specific the rules are; higher wins. See remarks.</summary>
    public int Specificity =>
        (Source is null ? 0 : 1)
        + Score(RuleName)
        + (SignalType is null ? 0 : 1)
        + (ResourceType is null ? 0 : 1)
        + (Severity is null ? 0 : 1)
        + Labels.Values.Sum(Score)
        + CustomProperties.Values.Sum(Score);

    /// <summary>
    /// Evaluates every rule against <paramref name="alert"/>; returns the failures (empty when it matches),
    /// each phrased as "rule: why", and how many rules held.
    /// </summary>
    public (IReadOnlyList<string> Failures, int Satisfied) Evaluate(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var failures = new List<string>();
        var satisfied = 0;
        void Check(bool ok, Func<string> why)
        {
            if (ok)
            {
                satisfied++;
            }
            else
            {
                failures.Add(why());
            }
        }

        if (Source is { } source)
        {
            Check(alert.Source == source, () => $"source: alert is from {alert.Source}, binding wants {source}");
        }

        if (RuleName is { } rule)
        {
            Check(rule.IsMatch(alert.RuleName), () => $"ruleName: '{alert.RuleName}' does not match '{rule}'");
        }

        if (SignalType is { } signal)
        {
            Check(alert.SignalType == signal, () => $"signalType: alert is {alert.SignalType}, binding wants {signal}");
        }

        if (ResourceType is { } type)
        {
            Check(
                alert.TargetResourceIds.Any(t => t.ResourceType == type),
                () => alert.TargetResourceIds.Count == 0
                    ? $"resourceType: alert has no target resource, binding wants {type}"
                    : $"resourceType: alert targets {string.Join(", ", alert.TargetResourceIds.Select(t => t.ResourceType).Distinct())}, binding wants {type}");
        }

        if (Severity is { } range)
        {
            Check(range.Contains(alert.Severity), () => $"severity: Sev{alert.Severity} is outside {range}");
        }

        CheckMap("labels", Labels, alert.Labels, Check);
        CheckMap("customProperties", CustomProperties, alert.CustomProperties, Check);
        return (failures, satisfied);
    }

    private static void CheckMap(
        string name,
        IReadOnlyDictionary<string, GlobPattern> rules,
        IReadOnlyDictionary<string, string> values,
        Action<bool, Func<string>> check)
    {
        foreach (var (key, glob) in rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var present = values.TryGetValue(key, out var value);
            check(
                present && glob.IsMatch(value!),
                () => present ? $"{name}.{key}: '{value}' does not match '{glob}'" : $"{name}.{key}: the alert has no {key}");
        }
    }

    private static int Score(GlobPattern? glob) => glob is null ? 0 : glob.IsLiteral ? 2 : 1;
}
