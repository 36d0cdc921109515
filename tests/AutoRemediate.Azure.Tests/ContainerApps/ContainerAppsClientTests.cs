using System.Text.Json.Nodes;
using Azure.Core;
using AutoRemediate.Azure.Tests.Support;

namespace AutoRemediate.Azure.Tests.ContainerApps;

public sealed class ContainerAppsClientTests
{
    [Fact]
    public async Task Restart_revision_posts_to_the_revision_restart_endpoint()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var app = azure.State.AddContainerApp("orders", minReplicas: 1, "orders--rev1");

        await azure.ContainerApps.RestartRevisionAsync(new ResourceIdentifier(app), "orders--rev1");

        Assert.Equal($"{app}/revisions/orders--rev1/restart", azure.Changes().Single().Path);
        Assert.Equal(1, azure.State.RestartCount(app + "/revisions/orders--rev1"));
    }

    [Fact]
    public async Task Min_replicas_are_set_by_patching_the_whole_template_and_following_the_location()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var app = new ResourceIdentifier(azure.State.AddContainerApp("orders", minReplicas: 1));

        var result = await azure.ContainerApps.SetMinReplicasAsync(app, 3);

        Assert.Equal((202, "Succeeded"), (result.Status, result.OperationStatus));
        Assert.Single(result.PollRequestIds);
        var template = JsonNode.Parse(azure.Changes().Single().Body!)!["properties"]!["template"]!;
        Assert.Equal("contoso/app:1", template["containers"]![0]!["image"]!.GetValue<string>());
        Assert.Equal(10, template["scale"]!["maxReplicas"]!.GetValue<int>());
        Assert.Equal(3, (await azure.ContainerApps.GetMinReplicasAsync(app)).Value);
        Assert.Contains(azure.Server.Requests, r => r.Path.Contains("/operationResults/", StringComparison.Ordinal));
    }
}
