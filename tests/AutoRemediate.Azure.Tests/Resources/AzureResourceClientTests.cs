using Azure.Core;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Tests.Support;
using AutoRemediate.AzureFakes.State;

namespace AutoRemediate.Azure.Tests.Resources;

public sealed class AzureResourceClientTests
{
    [Fact]
    public async Task Get_returns_the_resource_with_its_tags()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var id = azure.State.AddWebApp("shop");
        azure.State.AddResource(id, "Microsoft.Web/sites", tags: new Dictionary<string, string> { ["autoremediate"] = "enabled" });

        var result = await azure.Resources.GetAsync(new ResourceIdentifier(id));

        Assert.Equal("shop", result.Value.Name);
        Assert.Equal("Microsoft.Web/sites", result.Value.Type);
        Assert.Equal("enabled", result.Value.Tags["autoremediate"]);
        Assert.Equal("?api-version=2023-12-01", azure.Server.Requests.Single().Query);
    }

    [Fact]
    public async Task Get_of_an_unlisted_type_uses_the_version_the_provider_lists_first_and_asks_once()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var id = azure.State.AddResource(FakeAzureState.ResourceId("Microsoft.Cache/redis", "cache1"), "Microsoft.Cache/redis");

        await azure.Resources.GetAsync(new ResourceIdentifier(id));
        await azure.Resources.GetAsync(new ResourceIdentifier(id));

        var requests = azure.Server.Requests;
        Assert.Single(requests, r => r.Path.EndsWith("/providers/Microsoft.Cache", StringComparison.Ordinal));
        // The SDK's choice: ARM lists a type's versions newest first, previews included (pin one with ApiVersions:{type}).
        Assert.All(requests.Where(r => r.Path == id), r => Assert.Equal("?api-version=2099-01-01-preview", r.Query));
    }

    [Fact]
    public async Task Get_of_a_type_with_a_configured_api_version_uses_it_without_asking_the_provider()
    {
        await using var azure = await AzureTestBed.StartAsync(("ApiVersions:Microsoft.Cache/redis", "2021-04-01"));
        var id = azure.State.AddResource(FakeAzureState.ResourceId("Microsoft.Cache/redis", "cache1"), "Microsoft.Cache/redis");

        await azure.Resources.GetAsync(new ResourceIdentifier(id));

        Assert.Equal("?api-version=2021-04-01", azure.Server.Requests.Single().Query);
    }

    [Fact]
    public async Task Get_of_a_missing_resource_throws_not_found_with_the_request_id()
    {
        await using var azure = await AzureTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<AzureNotFoundException>(
            () => azure.Resources.GetAsync(new ResourceIdentifier(FakeAzureState.ResourceId("Microsoft.Web/sites", "gone"))));

        Assert.Equal(404, error.Status);
        Assert.Equal("ResourceNotFound", error.ErrorCode);
        Assert.Equal(azure.Server.Requests.Single().RequestId, error.RequestIds.RequestId);
    }

    [Fact]
    public async Task Requests_carry_a_token_for_the_configured_arm_endpoint_scope()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var id = azure.State.AddVirtualMachine("vm1");

        await azure.Resources.GetAsync(new ResourceIdentifier(id));

        Assert.Equal([$"https://127.0.0.1:{azure.Server.BaseUri.Port}/.default"], azure.Credential.Scopes.Distinct());
    }
}
