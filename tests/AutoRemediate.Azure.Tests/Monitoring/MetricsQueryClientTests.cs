using Azure.Core;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Monitoring;
using AutoRemediate.Azure.Tests.Support;
using AutoRemediate.AzureFakes.State;

namespace AutoRemediate.Azure.Tests.Monitoring;

public sealed class MetricsQueryClientTests
{
    [Fact]
    public async Task Query_sends_the_metrics_parameters_and_parses_the_series()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var vm = azure.State.AddVirtualMachine("vm1");
        var start = azure.Clock.GetUtcNow();
        azure.State.SetMetric(vm, "Percentage CPU", "Percent", [new FakeMetricPoint(start, 91.5), new FakeMetricPoint(start.AddMinutes(1), 97.25), new FakeMetricPoint(start.AddHours(2), 1)]);

        var result = await azure.Metrics.QueryAsync(new MetricsQuery(new ResourceIdentifier(vm), ["Percentage CPU"], start, start.AddHours(1), TimeSpan.FromMinutes(1), "Average,Maximum"));

        var series = Assert.Single(result.Value);
        Assert.Equal(("Percentage CPU", "Percent"), (series.Name, series.Unit));
        Assert.Equal([91.5, 97.25], series.Points.Select(p => p.Average!.Value));
        Assert.Equal(97.25, series.Points[1].Maximum);
        Assert.Null(series.Points[0].Total);
        Assert.Equal(start, series.Points[0].TimeStamp);
        var query = azure.Server.Requests.Single().Query;
        Assert.Contains("metricnames=Percentage%20CPU", query, StringComparison.Ordinal);
        Assert.Contains("interval=PT1M", query, StringComparison.Ordinal);
        Assert.Contains("timespan=2025-01-01T00%3A00%3A00Z%2F2025-01-01T01%3A00%3A00Z", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_metric_is_a_typed_bad_request()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var vm = azure.State.AddVirtualMachine("vm1");
        var start = azure.Clock.GetUtcNow();

        var error = await Assert.ThrowsAsync<AzureRequestException>(
            () => azure.Metrics.QueryAsync(new MetricsQuery(new ResourceIdentifier(vm), ["Nope"], start, start.AddHours(1), TimeSpan.FromMinutes(5))));

        Assert.Equal((400, "BadRequest"), (error.Status, error.ErrorCode));
    }
}
