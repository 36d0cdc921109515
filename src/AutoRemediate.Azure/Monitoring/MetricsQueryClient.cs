using System.Globalization;
using System.Text.Json;
using System.Xml;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Resources;

namespace AutoRemediate.Azure.Monitoring;

/// <inheritdoc />
internal sealed class MetricsQueryClient(ResourceManagerContext context) : IMetricsQueryClient
{
    public async Task<AzureResult<IReadOnlyList<MetricSeries>>> QueryAsync(MetricsQuery query, CancellationToken cancellationToken = default)
    {
        var request = Build(query);
        var response = await context.Client.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var series = response.Json().GetProperty("value").EnumerateArray().SelectMany(Parse).ToList();
        return new AzureResult<IReadOnlyList<MetricSeries>>(series, response.RequestIds);
    }

    internal ArmRequest Build(MetricsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.MetricNames.Count == 0 || query.End <= query.Start)
        {
            throw new ArgumentException("A metrics query needs at least one metric name and an end after its start.", nameof(query));
        }

        var parameters = new List<string>
        {
            "metricnames=" + Uri.EscapeDataString(string.Join(',', query.MetricNames)),
            "aggregation=" + Uri.EscapeDataString(query.Aggregation),
            "timespan=" + Uri.EscapeDataString($"{Iso(query.Start)}/{Iso(query.End)}"),
            "interval=" + XmlConvert.ToString(query.Interval),
        };
        if (query.Filter is not null)
        {
            parameters.Add("$filter=" + Uri.EscapeDataString(query.Filter));
        }

        if (query.MetricNamespace is not null)
        {
            parameters.Add("metricnamespace=" + Uri.EscapeDataString(query.MetricNamespace));
        }

        var uri = context.Build(query.ResourceId + "/providers/Microsoft.Insights/metrics", context.Version(ApiVersionTable.MetricsType), string.Join('&', parameters));
        return new ArmRequest("GET", uri, null, AzureAudience.ResourceManager);
    }

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static IEnumerable<MetricSeries> Parse(JsonElement metric)
    {
        var name = metric.GetProperty("name").GetProperty("value").GetString()!;
        var unit = metric.TryGetProperty("unit", out var u) ? u.GetString() : null;
        if (!metric.TryGetProperty("timeseries", out var timeseries))
        {
            yield break;
        }

        foreach (var series in timeseries.EnumerateArray())
        {
            var dimensions = series.TryGetProperty("metadatavalues", out var metadata)
                ? metadata.EnumerateArray().ToDictionary(
                    m => m.GetProperty("name").GetProperty("value").GetString()!, m => m.GetProperty("value").GetString() ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                : [];
            var points = series.TryGetProperty("data", out var data) ? data.EnumerateArray().Select(Point).ToList() : [];
            yield return new MetricSeries(name, unit, dimensions, points);
        }
    }

    private static MetricPoint Point(JsonElement point) => new(
        point.GetProperty("timeStamp").GetDateTimeOffset(),
        Number(point, "average"), Number(point, "minimum"), Number(point, "maximum"), Number(point, "total"), Number(point, "count"));

    private static double? Number(JsonElement point, string name) =>
        point.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
