using Azure.Core;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Tests.Support;
using AutoRemediate.AzureFakes.Faults;

namespace AutoRemediate.Azure.Tests.Compute;

public sealed class VirtualMachineTests
{
    [Fact]
    public async Task Restart_waits_for_the_async_operation_to_succeed()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var vm = azure.State.AddVirtualMachine("vm1");
        azure.Faults.Add(new OperationRule("POST", "/restart", Polls: 3));

        var result = await azure.Compute.RestartVirtualMachineAsync(new ResourceIdentifier(vm));

        Assert.Equal(202, result.Status);
        Assert.Equal("Succeeded", result.OperationStatus);
        Assert.Equal(3, result.PollRequestIds.Count);
        // One id per poll: the status resource's answer, or for the last poll the operation's result the SDK reads after it.
        var polls = azure.Server.Requests.Where(r => r.Path.Contains("/operation", StringComparison.Ordinal)).Select(r => r.RequestId).ToList();
        Assert.Equal(3, azure.Server.Requests.Count(r => r.Path.Contains("/operations/", StringComparison.Ordinal)));
        Assert.All(result.PollRequestIds, ids => Assert.Contains(ids.RequestId, polls));
        Assert.Equal(1, azure.State.RestartCount(vm));
    }

    [Fact]
    public async Task Polls_wait_what_retry_after_says_and_the_poll_interval_otherwise()
    {
        await using var azure = await AzureTestBed.StartAsync(("OperationPollInterval", "00:00:04"));
        var vm = azure.State.AddVirtualMachine("vm1");
        azure.Faults.Add(new OperationRule("POST", "/restart", Polls: 2) { RetryAfter = "9" });
        await azure.Compute.RestartVirtualMachineAsync(new ResourceIdentifier(vm));
        azure.Faults.Add(new OperationRule("POST", "/restart", Polls: 2));

        await azure.Compute.RestartVirtualMachineAsync(new ResourceIdentifier(vm));

        Assert.Equal([9, 9, 4, 4], azure.Clock.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Failed_operation_surfaces_its_error()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var vm = azure.State.AddVirtualMachine("vm1");
        azure.Faults.Add(new OperationRule("POST", "/restart", Polls: 1) { FinalStatus = "Failed", ErrorCode = "VMAgentStatusCommunicationError", ErrorMessage = "The VM agent did not respond." });

        var error = await Assert.ThrowsAsync<AzureOperationFailedException>(() => azure.Compute.RestartVirtualMachineAsync(new ResourceIdentifier(vm)));

        Assert.Equal("Failed", error.OperationStatus);
        Assert.Equal("VMAgentStatusCommunicationError", error.ErrorCode);
        Assert.Equal("The VM agent did not respond.", error.ServiceMessage);
        Assert.NotNull(error.RequestIds.RequestId);
    }

    [Fact]
    public async Task Polling_stops_at_the_timeout_with_the_operation_url()
    {
        await using var azure = await AzureTestBed.StartAsync(("OperationTimeout", "00:01:00"), ("OperationPollInterval", "00:00:10"));
        var vm = azure.State.AddVirtualMachine("vm1");
        azure.Faults.Add(new OperationRule("POST", "/restart", Polls: int.MaxValue));
        var started = azure.Clock.GetUtcNow();

        var error = await Assert.ThrowsAsync<AzureOperationTimeoutException>(() => azure.Compute.RestartVirtualMachineAsync(new ResourceIdentifier(vm)));

        Assert.Equal(TimeSpan.FromMinutes(1), azure.Clock.GetUtcNow() - started);
        Assert.Contains("/operations/", error.OperationUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(6, azure.Server.Requests.Count(r => r.Path.Contains("/operations/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_operation_url_on_another_host_is_not_polled()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var vm = azure.State.AddVirtualMachine("vm1");
        azure.Faults.Add(new OperationRule("POST", "/restart", Polls: 1) { StatusOnOtherHost = true });

        var error = await Assert.ThrowsAsync<AzureRequestException>(() => azure.Compute.RestartVirtualMachineAsync(new ResourceIdentifier(vm)));

        Assert.Contains("another host", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(azure.Server.Requests, r => r.Path.Contains("/operation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_of_a_resource_that_is_not_a_vm_is_refused_before_sending()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var site = azure.State.AddWebApp("shop");

        await Assert.ThrowsAsync<ArgumentException>(() => azure.Compute.RestartVirtualMachineAsync(new ResourceIdentifier(site)));

        Assert.Empty(azure.Server.Requests);
    }
}
