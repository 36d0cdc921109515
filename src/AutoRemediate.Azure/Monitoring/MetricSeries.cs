namespace AutoRemediate.Azure.Monitoring;

/// <summary>One metric's time series, for one combination of dimension values.</summary>
/// <param name="Name">The metric name.</param>
/// <param name="Unit">The unit, e.g. <c>Percent</c>, <c>Count</c>.</param>
/// <param name="Dimensions">The dimension values of this series (empty when the metric is not split).</param>
/// <param name="Points">The data points in time order.</param>
public sealed record MetricSeries(string Name, string? Unit, IReadOnlyDictionary<string, string> Dimensions, IReadOnlyList<MetricPoint> Points);
