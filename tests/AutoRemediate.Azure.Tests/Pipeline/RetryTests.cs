using Azure.Core;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Tests.Support;
using AutoRemediate.AzureFakes.Faults;

namespace AutoRemediate.Azure.Tests.Pipeline;

public sealed class RetryTests
{
    [Fact]
    public async Task Throttled_request_is_retried_after_the_retry_after_seconds()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var site = azure.State.AddWebApp("shop");
        azure.Faults.Add(FaultRule.Throttle("POST", "/restart", retryAfter: "7"));

        await azure.AppService.RestartAsync(new ResourceIdentifier(site));

        var attempts = azure.Changes();
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.Equal(TimeSpan.FromSeconds(7), attempts[1].At - attempts[0].At);
        Assert.Equal(1, azure.State.RestartCount(site));
    }

    [Fact]
    public async Task Throttled_request_honours_a_retry_after_http_date()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var site = azure.State.AddWebApp("shop");
        var retryAt = azure.Clock.GetUtcNow().AddSeconds(20).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        azure.Faults.Add(FaultRule.Throttle("POST", "/restart", retryAfter: retryAt));

        await azure.AppService.RestartAsync(new ResourceIdentifier(site));

        Assert.Contains(TimeSpan.FromSeconds(20), azure.Clock.Delays);
        Assert.Equal(1, azure.State.RestartCount(site));
    }

    [Fact]
    public async Task Transient_server_errors_are_retried_with_backoff()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var site = azure.State.AddWebApp("shop");
        azure.Faults.Add(FaultRule.ServerError("POST", "/restart", 503)).Add(FaultRule.ServerError("POST", "/restart", 500));

        var result = await azure.AppService.RestartAsync(new ResourceIdentifier(site));

        Assert.Equal(200, result.Status);
        Assert.Equal([503, 500, 200], azure.Changes().Select(a => a.Status));
        Assert.Equal(2, azure.Clock.Delays.Count);
        Assert.True(azure.Clock.Delays[1] > azure.Clock.Delays[0], "the back-off grows");
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var vm = azure.State.AddVirtualMachine("vm1");
        azure.Faults.Add(FaultRule.Disconnect("GET", "/virtualMachines/vm1"));

        var result = await azure.Resources.GetAsync(new ResourceIdentifier(vm));

        Assert.Equal("vm1", result.Value.Name);
        Assert.Equal([0, 200], azure.Server.Requests.Where(r => r.Path == vm).Select(r => r.Status));
        Assert.Single(azure.Clock.Delays);
    }

    [Fact]
    public async Task A_connection_that_keeps_dropping_ends_in_a_typed_error_without_a_status()
    {
        await using var azure = await AzureTestBed.StartAsync(("MaxRetries", "1"));
        var scaleSet = azure.State.AddScaleSet("web", capacity: 2);
        azure.Faults.Add(FaultRule.Disconnect("GET", "/virtualMachineScaleSets/web") with { Times = int.MaxValue });

        var error = await Assert.ThrowsAsync<AzureRequestException>(() => azure.Compute.GetCapacityAsync(new ResourceIdentifier(scaleSet)));

        Assert.Equal(0, error.Status);
        Assert.Contains("without a response", error.Message, StringComparison.Ordinal);
        Assert.Equal([0, 0], azure.Server.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Exhausted_retries_throw_a_typed_error_with_the_last_request_id()
    {
        await using var azure = await AzureTestBed.StartAsync(("MaxRetries", "2"));
        var site = azure.State.AddWebApp("shop");
        azure.Faults.Add(FaultRule.ServerError("POST", "/restart", 503) with { Times = int.MaxValue });

        var error = await Assert.ThrowsAsync<AzureRequestException>(() => azure.AppService.RestartAsync(new ResourceIdentifier(site)));

        Assert.Equal(503, error.Status);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal(3, azure.Changes().Count);
        Assert.Equal(azure.Changes()[^1].RequestId, error.RequestIds.RequestId);
        Assert.Equal(0, azure.State.RestartCount(site));
    }

    [Fact]
    public async Task Retry_after_longer_than_allowed_is_handed_to_the_caller_without_waiting()
    {
        await using var azure = await AzureTestBed.StartAsync(("MaxRetryDelay", "00:00:30"));
        var site = azure.State.AddWebApp("shop");
        azure.Faults.Add(FaultRule.Throttle("POST", "/restart", retryAfter: "300"));

        var error = await Assert.ThrowsAsync<AzureThrottledException>(() => azure.AppService.RestartAsync(new ResourceIdentifier(site)));

        Assert.Equal(TimeSpan.FromSeconds(300), error.RetryAfter);
        Assert.Single(azure.Changes());
        Assert.Empty(azure.Clock.Delays);
    }
}
