namespace AutoRemediate.Core.Bindings;

/// <summary>
/// The Azure Monitor aggregations a verification may read. Member names are the values the metrics API expects, so
/// <see cref="VerificationSettings.Aggregation"/> is the member's name.
/// </summary>
internal enum MetricAggregation
{
    Average,
    Minimum,
    Maximum,
    Total,
    Count,
}
