namespace AutoRemediate.Azure.Monitoring;

/// <summary>One time grain of a metric series; only the requested aggregations are set.</summary>
/// <param name="TimeStamp">The start of the grain.</param>
/// <param name="Average">The average, when requested and reported.</param>
/// <param name="Minimum">The minimum, when requested and reported.</param>
/// <param name="Maximum">The maximum, when requested and reported.</param>
/// <param name="Total">The total, when requested and reported.</param>
/// <param name="Count">The count, when requested and reported.</param>
public sealed record MetricPoint(DateTimeOffset TimeStamp, double? Average, double? Minimum, double? Maximum, double? Total, double? Count);
