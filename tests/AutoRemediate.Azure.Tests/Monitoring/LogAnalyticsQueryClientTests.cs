using AutoRemediate.Azure.Tests.Support;

namespace AutoRemediate.Azure.Tests.Monitoring;

public sealed class LogAnalyticsQueryClientTests
{
    [Fact]
    public async Task Query_posts_query_and_timespan_and_parses_the_tables()
    {
        await using var azure = await AzureTestBed.StartAsync();
        azure.State.SetLogQueryResult("ws-1", "AppRequests", [("Name", "string"), ("Failures", "long"), ("Healthy", "bool")], [["shop", 12, false], ["api", 0, true]]);

        var result = await azure.Logs.QueryAsync("ws-1", "AppRequests | summarize Failures = countif(Success == false) by Name", TimeSpan.FromHours(1));

        var table = Assert.Single(result.Value.Tables);
        Assert.Equal(["Name", "Failures", "Healthy"], table.Columns.Select(c => c.Name));
        Assert.Equal("shop", table.Cell(0, "Name").GetString());
        Assert.Equal(12, table.Cell(0, "Failures").GetInt32());
        Assert.True(table.Cell(1, "Healthy").GetBoolean());
        Assert.Null(result.Value.PartialError);
        var sent = azure.Server.Requests.Single();
        Assert.Equal(("POST", "/v1/workspaces/ws-1/query"), (sent.Method, sent.Path));
        Assert.Contains("\"timespan\":\"PT1H\"", sent.Body, StringComparison.Ordinal);
        Assert.Contains($"https://127.0.0.1:{azure.Server.BaseUri.Port}/.default", azure.Credential.Scopes);
    }
}
