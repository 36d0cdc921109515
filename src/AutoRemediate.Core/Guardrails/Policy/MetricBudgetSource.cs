namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>Two Azure Monitor platform metrics of one resource, summed (Total) over the SLO window.</summary>
/// <param name="ResourceId">The resource whose metrics count events, e.g. an App Service site.</param>
/// <param name="BadMetric">The metric counting failed events, e.g. <c>Http5xx</c>.</param>
/// <param name="TotalMetric">The metric counting all events, e.g. <c>Requests</c>.</param>
public sealed record MetricBudgetSource(string ResourceId, string BadMetric, string TotalMetric) : SloBudgetSource
{
    /// <inheritdoc />
    public override string Describe() => $"metrics {BadMetric}/{TotalMetric} of {ResourceId}";
}
