using System.Text.Json.Nodes;
using Azure.Core;
using AutoRemediate.Azure.Tests.Support;

namespace AutoRemediate.Azure.Tests.AppService;

public sealed class AppServiceClientTests
{
    [Fact]
    public async Task Restart_posts_to_the_site_restart_endpoint()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var site = azure.State.AddWebApp("shop");

        var result = await azure.AppService.RestartAsync(new ResourceIdentifier(site));

        Assert.Equal(200, result.Status);
        Assert.Equal($"POST {site}/restart?api-version=2023-12-01", Describe(azure.Changes().Single()));
        Assert.Equal(1, azure.State.RestartCount(site));
    }

    [Fact]
    public async Task Restart_of_a_slot_restarts_only_that_slot()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var site = azure.State.AddWebApp("shop", "staging");

        await azure.AppService.RestartAsync(new ResourceIdentifier(site + "/slots/staging"), softRestart: true);

        Assert.Equal($"POST {site}/slots/staging/restart?api-version=2023-12-01&softRestart=true", Describe(azure.Changes().Single()));
        Assert.Equal((1, 0), (azure.State.RestartCount(site + "/slots/staging"), azure.State.RestartCount(site)));
    }

    [Fact]
    public async Task Worker_count_is_set_by_writing_the_plan_back_with_the_new_capacity()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var plan = new ResourceIdentifier(azure.State.AddAppServicePlan("plan1", workers: 2));

        var before = await azure.AppService.GetWorkerCountAsync(plan);
        await azure.AppService.SetWorkerCountAsync(plan, 4);
        var after = await azure.AppService.GetWorkerCountAsync(plan);

        Assert.Equal((2, 4), (before.Value, after.Value));
        var put = JsonNode.Parse(azure.Changes().Single().Body!)!;
        Assert.Equal("PUT", azure.Changes().Single().Method);
        Assert.Equal("P1v3", put["sku"]!["name"]!.GetValue<string>());
        Assert.Equal("westeurope", put["location"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plan_id_is_refused_as_a_site_before_sending()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var plan = azure.State.AddAppServicePlan("plan1", workers: 2);

        await Assert.ThrowsAsync<ArgumentException>(() => azure.AppService.RestartAsync(new ResourceIdentifier(plan)));

        Assert.Empty(azure.Server.Requests);
    }

    private static string Describe(AutoRemediate.AzureFakes.Server.RecordedRequest request) => $"{request.Method} {request.Path}{request.Query}";
}
