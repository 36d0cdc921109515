using System.Collections.Frozen;

namespace AutoRemediate.Core.Bindings;

/// <summary>The <c>verification</c> section: one metric or one log query, a threshold and a comparison.</summary>
internal sealed partial class BindingFileParser
{
    private static readonly FrozenDictionary<string, VerificationComparison> Comparisons = new Dictionary<string, VerificationComparison>(StringComparer.Ordinal)
    {
        ["lessThan"] = VerificationComparison.LessThan,
        ["lessThanOrEqual"] = VerificationComparison.LessThanOrEqual,
        ["greaterThan"] = VerificationComparison.GreaterThan,
        ["greaterThanOrEqual"] = VerificationComparison.GreaterThanOrEqual,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, MetricAggregation> Aggregations = new Dictionary<string, MetricAggregation>(StringComparer.Ordinal)
    {
        ["average"] = MetricAggregation.Average,
        ["minimum"] = MetricAggregation.Minimum,
        ["maximum"] = MetricAggregation.Maximum,
        ["total"] = MetricAggregation.Total,
        ["count"] = MetricAggregation.Count,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <returns>The settings, or null after recording errors (a missing section is not parsed at all).</returns>
    private VerificationSettings? ParseVerification(YamlSection section)
    {
        var before = errors.Errors.Count;
        var metric = section.String("metric");
        var query = section.String("logQuery");
        var workspace = section.String("workspaceId");
        if ((metric is null) == (query is null))
        {
            errors.Add(section.Start, $"{section.Where} needs exactly one of 'metric' or 'logQuery'");
        }

        if (query is not null && workspace is null)
        {
            errors.Add(query.Value.At, $"{section.Where} 'logQuery' needs 'workspaceId' (the Log Analytics workspace id)");
        }

        if (metric is not null && workspace is not null)
        {
            errors.Add(workspace.Value.At, $"{section.Where} 'workspaceId' applies to 'logQuery' only; metrics are read on the remediated resource");
        }

        var aggregation = section.Enum("aggregation", Aggregations);
        if (aggregation is not null && metric is null)
        {
            errors.Add(section.Get("aggregation")!.Start, $"{section.Where} 'aggregation' applies to 'metric' only");
        }

        var threshold = section.Number("threshold", double.MinValue, double.MaxValue, "the value the check compares with");
        var comparison = section.Enum("comparison", Comparisons);
        var window = section.Duration("window");
        var wait = section.Duration("wait");
        if (errors.Errors.Count > before || threshold is null || comparison is null)
        {
            return null;
        }

        return new VerificationSettings
        {
            Metric = metric?.Value,
            Aggregation = (aggregation ?? MetricAggregation.Average).ToString(),
            MetricNamespace = section.String("metricNamespace")?.Value,
            LogQuery = query?.Value,
            WorkspaceId = workspace?.Value,
            Threshold = threshold.Value,
            Comparison = comparison.Value,
            Window = window ?? VerificationSettings.DefaultWindow,
            Wait = wait ?? VerificationSettings.DefaultWait,
        };
    }
}
