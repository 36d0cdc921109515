using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Monitoring;

/// <summary>Reads Azure Monitor platform metrics (<c>GET {resourceId}/providers/Microsoft.Insights/metrics</c>).</summary>
public interface IMetricsQueryClient
{
    /// <summary>Runs the query; one series per metric and dimension combination.</summary>
    Task<AzureResult<IReadOnlyList<MetricSeries>>> QueryAsync(MetricsQuery query, CancellationToken cancellationToken = default);
}
