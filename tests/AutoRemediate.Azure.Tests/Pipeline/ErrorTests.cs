using Azure.Core;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Tests.Support;
using AutoRemediate.AzureFakes.Faults;

namespace AutoRemediate.Azure.Tests.Pipeline;

public sealed class ErrorTests
{
    [Fact]
    public async Task Conflict_becomes_a_typed_error_with_code_message_and_request_ids()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var vm = azure.State.AddVirtualMachine("vm1");
        azure.Faults.Add(FaultRule.Conflict("POST", "/restart", "OperationNotAllowed", "Operation 'restart' is not allowed on VM 'vm1' since the VM is deallocating."));

        var error = await Assert.ThrowsAsync<AzureConflictException>(() => azure.Compute.RestartVirtualMachineAsync(new ResourceIdentifier(vm)));

        Assert.Equal(409, error.Status);
        Assert.Equal("OperationNotAllowed", error.ErrorCode);
        Assert.Contains("deallocating", error.ServiceMessage, StringComparison.Ordinal);
        Assert.Equal(azure.Changes().Single().RequestId, error.RequestIds.RequestId);
        Assert.NotNull(error.RequestIds.CorrelationRequestId);
        Assert.Single(azure.Changes());
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var vm = azure.State.AddVirtualMachine("vm1");
        azure.Faults.Add(new FaultRule("POST", "/restart", 400, "InvalidParameter", "Bad request."));

        var error = await Assert.ThrowsAsync<AzureRequestException>(() => azure.Compute.RestartVirtualMachineAsync(new ResourceIdentifier(vm)));

        Assert.Equal(400, error.Status);
        Assert.Single(azure.Changes());
    }

    [Fact]
    public async Task Results_carry_the_request_ids_and_rate_limit_azure_reported()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var site = azure.State.AddWebApp("shop");
        azure.State.RateLimitRemaining = 42;

        var result = await azure.AppService.RestartAsync(new ResourceIdentifier(site));

        var sent = azure.Changes().Single();
        Assert.Equal(sent.RequestId, result.RequestIds.RequestId);
        Assert.NotNull(result.RequestIds.CorrelationRequestId);
        Assert.Equal(42, result.RateLimitRemaining);
        Assert.False(result.DryRun);
    }

    [Fact]
    public async Task Fake_server_refuses_requests_without_the_test_token()
    {
        await using var azure = await AzureTestBed.StartAsync();
        using var client = new HttpClient(azure.Server.CreateHandler());

        using var response = await client.GetAsync(new Uri(azure.Server.BaseUri, "subscriptions/x/resourceGroups/y?api-version=2022-09-01"));

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal(401, azure.Server.Requests.Single().Status);
    }
}
