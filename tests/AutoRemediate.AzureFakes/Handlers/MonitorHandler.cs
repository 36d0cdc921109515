using System.Globalization;
using System.Text.Json.Nodes;
using AutoRemediate.AzureFakes.Server;
using AutoRemediate.AzureFakes.State;

namespace AutoRemediate.AzureFakes.Handlers;

/// <summary>Azure Monitor metrics (scripted series) and Log Analytics queries (scripted tables).</summary>
internal sealed class MonitorHandler(FakeAzureState state)
{
    public const string MetricsSuffix = "/providers/Microsoft.Insights/metrics";

    public FakeResponse Metrics(FakeCall call)
    {
        var resourceId = call.Path[..^MetricsSuffix.Length];
        var names = (call.QueryValue("metricnames") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var aggregations = (call.QueryValue("aggregation") ?? "Average").Split(',').Select(a => a.Trim().ToLowerInvariant()).ToList();
        var span = (call.QueryValue("timespan") ?? string.Empty).Split('/');
        if (call.QueryValue("api-version") is null || names.Length == 0 || span.Length != 2)
        {
            return FakeResponse.Error(400, "BadRequest", "api-version, metricnames and timespan (start/end) are required.");
        }

        var start = DateTimeOffset.Parse(span[0], CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(span[1], CultureInfo.InvariantCulture);
        var values = new JsonArray();
        foreach (var name in names)
        {
            if (!state.Metrics.TryGetValue($"{resourceId}|{name}", out var metric))
            {
                return FakeResponse.Error(400, "BadRequest", $"Failed to find metric configuration for provider and metric name {name}.");
            }

            var data = metric.Points.Where(p => p.TimeStamp >= start && p.TimeStamp < end).Select(p =>
            {
                var point = new JsonObject { ["timeStamp"] = p.TimeStamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) };
                aggregations.ForEach(a => point[a] = p.Value);
                return (JsonNode)point;
            });
            values.Add(new JsonObject
            {
                ["id"] = $"{resourceId}{MetricsSuffix}/{name}",
                ["type"] = "Microsoft.Insights/metrics",
                ["name"] = new JsonObject { ["value"] = name, ["localizedValue"] = name },
                ["unit"] = metric.Unit,
                ["timeseries"] = new JsonArray(new JsonObject { ["metadatavalues"] = new JsonArray(), ["data"] = new JsonArray([.. data]) }),
                ["errorCode"] = "Success",
            });
        }

        return FakeResponse.Ok(new JsonObject
        {
            ["cost"] = 0,
            ["timespan"] = call.QueryValue("timespan"),
            ["interval"] = call.QueryValue("interval"),
            ["value"] = values,
            ["resourceregion"] = "westeurope",
        });
    }

    public FakeResponse LogQuery(FakeCall call)
    {
        var segments = call.Path.Trim('/').Split('/');
        var query = call.Json?["query"]?.GetValue<string>();
        if (call.Method != "POST" || segments.Length != 4 || segments[3] != "query" || string.IsNullOrWhiteSpace(query))
        {
            return FakeResponse.Error(400, "BadArgumentError", "The request had some invalid properties: query is required.");
        }

        var match = state.LogResults.LastOrDefault(r => r.Workspace == segments[2] && query.Contains(r.QueryContains, StringComparison.Ordinal));
        var table = match.Table?.DeepClone() ?? new JsonObject { ["name"] = "PrimaryResult", ["columns"] = new JsonArray(), ["rows"] = new JsonArray() };
        return FakeResponse.Ok(new JsonObject { ["tables"] = new JsonArray(table) });
    }
}
