using System.Text.Json;
using AutoRemediate.Azure.Monitoring;
using AutoRemediate.Core.Guardrails.Policy;
using Azure.Core;

namespace AutoRemediate.Functions.Guardrails;

/// <summary>
/// Computes an SLO's remaining error budget from its source over the SLO window: bad and total events from two
/// Azure Monitor metrics (summed Totals) or from a Log Analytics query's <c>bad</c> and <c>total</c> columns.
/// </summary>
internal sealed class SloBudgetReader(IMetricsQueryClient metrics, ILogAnalyticsQueryClient logs)
{
    /// <returns>The remaining fraction, or null with the reason it could not be read.</returns>
    public async Task<(double? Remaining, string? Problem)> ReadAsync(SloDefinition slo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var (counts, problem) = slo.Source switch
            {
                MetricBudgetSource metric => (await MetricCountsAsync(metric, slo.Window, now, cancellationToken), null),
                LogQueryBudgetSource query => await LogCountsAsync(query, slo.Window, cancellationToken),
                _ => throw new InvalidOperationException($"Unknown SLO budget source {slo.Source.GetType().Name}."),
            };
            return counts is { } c
                ? (slo.RemainingBudget(c.Bad, c.Total), null)
                : (null, problem ?? $"{slo.Source.Describe()} returned no data for the last {slo.Window.TotalDays:0.#} days");
        }
        catch (Exception error) when (GuardrailInputReader.IsAzureFailure(error))
        {
            return (null, $"reading {slo.Source.Describe()} failed: {GuardrailInputReader.Reason(error)}");
        }
    }

    private async Task<(double Bad, double Total)?> MetricCountsAsync(MetricBudgetSource source, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One point per day (per hour for windows under a day) keeps the answer small whatever the window.
        var grain = window >= TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : TimeSpan.FromHours(1);
        var query = new MetricsQuery(new ResourceIdentifier(source.ResourceId), [source.BadMetric, source.TotalMetric], now - window, now, grain, "Total");
        var series = (await metrics.QueryAsync(query, cancellationToken)).Value;
        double? Sum(string name)
        {
            var points = series.Where(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).SelectMany(s => s.Points).Where(p => p.Total is not null).ToList();
            return points.Count == 0 ? null : points.Sum(p => p.Total!.Value);
        }

        // A window with requests but no failures reports no bad points at all: that is zero, not unknown.
        return Sum(source.TotalMetric) is { } total ? (Sum(source.BadMetric) ?? 0, total) : null;
    }

    private async Task<((double Bad, double Total)? Counts, string? Problem)> LogCountsAsync(LogQueryBudgetSource source, TimeSpan window, CancellationToken cancellationToken)
    {
        var result = (await logs.QueryAsync(source.WorkspaceId, source.Query, window, cancellationToken)).Value;
        if (result.Tables is not [var table, ..] || table.Rows.Count == 0)
        {
            return (null, null);
        }

        try
        {
            return ((Number(table.Cell(0, LogQueryBudgetSource.BadColumn)), Number(table.Cell(0, LogQueryBudgetSource.TotalColumn))), null);
        }
        catch (Exception error) when (error is KeyNotFoundException or FormatException or InvalidOperationException)
        {
            return (null, $"the query of {source.Describe()} must return one row with numeric columns '{LogQueryBudgetSource.BadColumn}' and '{LogQueryBudgetSource.TotalColumn}' ({error.Message})");
        }
    }

    private static double Number(JsonElement cell) => cell.ValueKind == JsonValueKind.String ? double.Parse(cell.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : cell.GetDouble();
}
