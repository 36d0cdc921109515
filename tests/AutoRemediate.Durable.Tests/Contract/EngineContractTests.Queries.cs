using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support;
using AutoRemediate.Durable.Tests.Support.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace AutoRemediate.Durable.Tests.Contract;

/// <summary>Contract tests: queries.</summary>
public abstract partial class EngineContractTests
{
    [Fact]
    public async Task Query_filters_by_status_and_creation_time_and_pages()
    {
        await using var engine = await StartEngineAsync();
        for (var i = 0; i < 3; i++)
        {
            await engine.RunAsync("Counting", "x", $"done-{i}");
        }

        var cutoff = DateTimeOffset.UtcNow;
        for (var i = 0; i < 2; i++)
        {
            var id = (await engine.Client.ScheduleNewOrchestrationInstanceAsync("WaitForEvent", 0, $"waiting-{i}")).InstanceId;
            await engine.WaitForCustomStatusAsync(id, new WaitStatus("waiting"));
        }

        var completed = await engine.Client.QueryInstancesAsync(new InstanceQuery { RuntimeStatus = new HashSet<OrchestrationRuntimeStatus> { OrchestrationRuntimeStatus.Completed } });
        var running = await engine.Client.QueryInstancesAsync(new InstanceQuery { RuntimeStatus = new HashSet<OrchestrationRuntimeStatus> { OrchestrationRuntimeStatus.Running } });
        var recent = await engine.Client.QueryInstancesAsync(new InstanceQuery { CreatedFrom = cutoff });
        var early = await engine.Client.QueryInstancesAsync(new InstanceQuery { CreatedTo = cutoff });

        Assert.Equal(["done-0", "done-1", "done-2"], completed.Instances.Select(i => i.InstanceId));
        Assert.Equal(["waiting-0", "waiting-1"], running.Instances.Select(i => i.InstanceId));
        Assert.Equal(["waiting-0", "waiting-1"], recent.Instances.Select(i => i.InstanceId));
        Assert.Equal(["done-0", "done-1", "done-2"], early.Instances.Select(i => i.InstanceId));
        Assert.Equal(["done-0", "done-1", "done-2", "waiting-0", "waiting-1"], await ReadAllPagesAsync(engine, pageSize: 2));
    }

    [Fact]
    public async Task Purge_deletes_only_instances_that_ended_before_the_cutoff()
    {
        await using var engine = await StartEngineAsync();
        var done = await engine.RunAsync("Counting", "x", "old");
        var waiting = (await engine.Client.ScheduleNewOrchestrationInstanceAsync("WaitForEvent", 0, "live")).InstanceId;
        await engine.WaitForCustomStatusAsync(waiting, new WaitStatus("waiting"));

        var purged = await engine.Client.PurgeInstancesAsync(done.CompletedAt!.Value.AddMilliseconds(1));

        Assert.Equal(1, purged);
        Assert.Null(await engine.Client.GetInstanceAsync("old"));
        Assert.Empty(await engine.Client.GetHistoryAsync("old"));
        Assert.NotNull(await engine.Client.GetInstanceAsync("live"));
    }

    private static async Task<List<string>> ReadAllPagesAsync(EngineHost engine, int pageSize)
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await engine.Client.QueryInstancesAsync(new InstanceQuery { PageSize = pageSize, ContinuationToken = token });
            Assert.True(page.Instances.Count <= pageSize);
            ids.AddRange(page.Instances.Select(i => i.InstanceId));
            token = page.ContinuationToken;
        }
        while (token is not null);
        return ids;
    }
}
