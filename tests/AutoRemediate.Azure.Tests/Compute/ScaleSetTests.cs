using Azure.Core;
using AutoRemediate.Azure.Tests.Support;

namespace AutoRemediate.Azure.Tests.Compute;

public sealed class ScaleSetTests
{
    [Fact]
    public async Task Instances_are_listed_across_pages_with_power_and_health_state()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var scaleSet = azure.State.AddScaleSet("web", capacity: 5);
        azure.Server.InstancePageSize = 2;

        var instances = await azure.Compute.ListInstancesAsync(new ResourceIdentifier(scaleSet));

        Assert.Equal(["0", "1", "2", "3", "4"], instances.Value.Select(i => i.InstanceId));
        Assert.All(instances.Value, i => Assert.True(i.IsRunningAndHealthy));
        Assert.Equal(3, azure.Server.Requests.Count);
    }

    [Fact]
    public async Task Restart_restarts_only_the_named_instances_and_waits_until_they_run_again()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var scaleSet = azure.State.AddScaleSet("web", capacity: 4);
        azure.State.InstanceRestartDuration = TimeSpan.FromSeconds(30);

        var result = await azure.Compute.RestartInstancesAsync(new ResourceIdentifier(scaleSet), ["1", "3"]);

        Assert.Equal("Succeeded", result.OperationStatus);
        Assert.Equal("""{"instanceIds":["1","3"]}""", azure.Changes().Single().Body);
        Assert.Equal(1, azure.State.RestartCount(scaleSet + "/virtualMachines/1"));
        Assert.Equal(0, azure.State.RestartCount(scaleSet + "/virtualMachines/0"));
        Assert.Empty(azure.State.RestartingInstances(scaleSet));
        Assert.True(result.PollRequestIds.Count >= 6, "the operation lasts the 30 s restart at a 5 s poll interval");
    }

    [Fact]
    public async Task Rolling_restart_one_at_a_time_never_has_two_instances_restarting()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var scaleSet = new ResourceIdentifier(azure.State.AddScaleSet("web", capacity: 3));

        foreach (var instance in (await azure.Compute.ListInstancesAsync(scaleSet)).Value)
        {
            await azure.Compute.RestartInstancesAsync(scaleSet, [instance.InstanceId]);
            Assert.True((await azure.Compute.GetInstanceAsync(scaleSet, instance.InstanceId)).Value.IsRunningAndHealthy);
        }

        Assert.Equal(1, azure.State.MaxConcurrentRestarting(scaleSet.ToString()));
        Assert.Equal(3, azure.Changes().Count);
    }

    [Fact]
    public async Task An_empty_instance_list_is_refused_because_azure_would_restart_every_instance()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var scaleSet = azure.State.AddScaleSet("web", capacity: 3);

        await Assert.ThrowsAsync<ArgumentException>(() => azure.Compute.RestartInstancesAsync(new ResourceIdentifier(scaleSet), []));

        Assert.Empty(azure.Server.Requests);
    }

    [Fact]
    public async Task Capacity_is_read_and_set_with_a_patch_that_waits_for_the_operation()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var scaleSet = new ResourceIdentifier(azure.State.AddScaleSet("web", capacity: 2));

        var before = await azure.Compute.GetCapacityAsync(scaleSet);
        var result = await azure.Compute.SetCapacityAsync(scaleSet, 5);
        var after = await azure.Compute.GetCapacityAsync(scaleSet);

        Assert.Equal((2, 5), (before.Value, after.Value));
        Assert.Equal(200, result.Status);
        Assert.Equal("Succeeded", result.OperationStatus);
        Assert.Equal("""{"sku":{"capacity":5}}""", azure.Changes().Single().Body);
        Assert.Equal("PATCH", azure.Changes().Single().Method);
        Assert.Equal(5, (await azure.Compute.ListInstancesAsync(scaleSet)).Value.Count);
    }
}
