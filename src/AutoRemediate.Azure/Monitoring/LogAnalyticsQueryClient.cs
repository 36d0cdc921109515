using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Monitoring;

/// <inheritdoc />
internal sealed class LogAnalyticsQueryClient(AzureRestClient client, AzureActuatorOptions options) : ILogAnalyticsQueryClient
{
    public async Task<AzureResult<LogQueryResult>> QueryAsync(string workspaceId, string query, TimeSpan? timespan, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspaceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var body = new JsonObject { ["query"] = query };
        if (timespan is { } span)
        {
            body["timespan"] = XmlConvert.ToString(span);
        }

        var uri = new Uri($"{options.LogAnalyticsEndpoint.AbsoluteUri.TrimEnd('/')}/v1/workspaces/{Uri.EscapeDataString(workspaceId)}/query");
        // A POST, but a read: a dry run still sends it.
        var response = await client.ReadAsync(new ArmRequest("POST", uri, body.ToJsonString(), AzureAudience.LogAnalytics), cancellationToken).ConfigureAwait(false);
        return new AzureResult<LogQueryResult>(Parse(response.Json()), response.RequestIds);
    }

    private static LogQueryResult Parse(JsonElement json)
    {
        var tables = json.GetProperty("tables").EnumerateArray().Select(table => new LogTable(
            table.GetProperty("name").GetString()!,
            table.GetProperty("columns").EnumerateArray()
                .Select(c => new LogColumn(c.GetProperty("name").GetString()!, c.TryGetProperty("type", out var t) ? t.GetString()! : "dynamic"))
                .ToList(),
            table.GetProperty("rows").EnumerateArray()
                .Select(row => (IReadOnlyList<JsonElement>)[.. row.EnumerateArray().Select(cell => cell.Clone())])
                .ToList())).ToList();
        var partial = json.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            ? $"{(error.TryGetProperty("code", out var code) ? code.GetString() : null)}: {(error.TryGetProperty("message", out var message) ? message.GetString() : null)}"
            : null;
        return new LogQueryResult(tables, partial);
    }
}
