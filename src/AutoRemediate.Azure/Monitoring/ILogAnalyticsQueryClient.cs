using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Monitoring;

/// <summary>Runs Kusto queries against a Log Analytics workspace (<c>POST /v1/workspaces/{id}/query</c>).</summary>
public interface ILogAnalyticsQueryClient
{
    /// <summary>Runs <paramref name="query"/> over the last <paramref name="timespan"/> (or the query's own time filter when null).</summary>
    Task<AzureResult<LogQueryResult>> QueryAsync(string workspaceId, string query, TimeSpan? timespan, CancellationToken cancellationToken = default);
}
