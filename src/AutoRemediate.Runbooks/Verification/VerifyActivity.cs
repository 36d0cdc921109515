using System.Text.Json;
using AutoRemediate.Azure.Monitoring;
using AutoRemediate.Core.Bindings;
using Microsoft.DurableTask;
using Azure.Core;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Runbooks.Verification;

/// <summary>
/// Reads the verification value: the metric's aggregation over the whole window (grains combined the same way: a
/// total sums, an average averages, a maximum takes the largest), or the first cell of a Log Analytics query (no rows
/// reads as 0).
/// </summary>
internal sealed class VerifyActivity(IMetricsQueryClient metrics, ILogAnalyticsQueryClient logs, TimeProvider time, ILogger<VerifyActivity> logger)
    : TaskActivity<VerificationCheck, VerificationReading>
{
    public const string Name = "RunbookVerify";

    public override async Task<VerificationReading> RunAsync(TaskActivityContext context, VerificationCheck input)
    {
        var reading = await ReadAsync(input, CancellationToken.None);
        logger.VerificationRead(context.InstanceId, input.Target, reading.Value, reading.Problem);
        return reading;
    }

    private async Task<VerificationReading> ReadAsync(VerificationCheck input, CancellationToken cancellationToken)
    {
        var settings = input.Settings;
        if (settings.LogQuery is { } query)
        {
            var result = await logs.QueryAsync(settings.WorkspaceId!, query, settings.Window, cancellationToken);
            var table = result.Value.Tables.FirstOrDefault();
            if (table is null || table.Rows.Count == 0)
            {
                return new VerificationReading(0, result.RequestIds.RequestId, null);
            }

            var cell = table.Rows[0].Count > 0 ? table.Rows[0][0] : default;
            return cell.ValueKind == JsonValueKind.Number
                ? new VerificationReading(cell.GetDouble(), result.RequestIds.RequestId, null)
                : new VerificationReading(null, result.RequestIds.RequestId, $"the query's first cell is {cell.ValueKind}, not a number");
        }

        var end = time.GetUtcNow();
        var request = new MetricsQuery(new ResourceIdentifier(input.Target), [settings.Metric!], end - settings.Window, end, TimeSpan.FromMinutes(1), settings.Aggregation)
        {
            MetricNamespace = settings.MetricNamespace,
        };
        var series = await metrics.QueryAsync(request, cancellationToken);
        var values = series.Value.SelectMany(s => s.Points).Select(p => Pick(p, settings.Aggregation)).OfType<double>().ToArray();
        double? value = values.Length == 0 ? null : settings.Aggregation.ToLowerInvariant() switch
        {
            "minimum" => values.Min(),
            "maximum" => values.Max(),
            "total" or "count" => values.Sum(),
            _ => values.Average(),
        };
        return new VerificationReading(value, series.RequestIds.RequestId, value is null ? $"no {settings.Metric} data in the last {settings.Window}" : null);
    }

    private static double? Pick(MetricPoint point, string aggregation) => aggregation.ToLowerInvariant() switch
    {
        "minimum" => point.Minimum,
        "maximum" => point.Maximum,
        "total" => point.Total,
        "count" => point.Count,
        _ => point.Average,
    };
}
