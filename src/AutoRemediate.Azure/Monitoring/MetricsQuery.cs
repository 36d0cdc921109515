using Azure.Core;

namespace AutoRemediate.Azure.Monitoring;

/// <summary>A platform-metrics query on one resource.</summary>
/// <param name="ResourceId">The resource whose metrics are read.</param>
/// <param name="MetricNames">The metric names, e.g. <c>Percentage CPU</c>, <c>Http5xx</c>.</param>
/// <param name="Start">The start of the time span.</param>
/// <param name="End">The end of the time span.</param>
/// <param name="Interval">The grain, e.g. one minute (<c>PT1M</c>).</param>
/// <param name="Aggregation">Comma-separated aggregations: <c>Average</c>, <c>Minimum</c>, <c>Maximum</c>, <c>Total</c>, <c>Count</c>.</param>
public sealed record MetricsQuery(
    ResourceIdentifier ResourceId, IReadOnlyList<string> MetricNames, DateTimeOffset Start, DateTimeOffset End, TimeSpan Interval, string Aggregation = "Average")
{
    /// <summary>An optional dimension filter, e.g. <c>Instance eq '*'</c>.</summary>
    public string? Filter { get; init; }

    /// <summary>The metric namespace, when the metric is not in the resource's default one.</summary>
    public string? MetricNamespace { get; init; }
}
