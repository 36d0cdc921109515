using AutoRemediate.Durable.InMemory;
using AutoRemediate.Durable.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class DurableWorkerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Worker_runs_at_most_MaxConcurrentWorkItems_at_once()
    {
        using var probe = new TestProbe { ActivityDelay = TimeSpan.FromMilliseconds(100) };
        var stores = new EngineStores(new InMemoryInstanceStore(), new InMemoryWorkQueue(TimeProvider.System));
        await using var engine = await EngineHost.StartAsync(stores, probe, output, o => o.MaxConcurrentWorkItems = 2);

        var result = await engine.RunAsync("FanOut", 6);

        Assert.Equal(91, result.ReadOutputAs<int>());
        Assert.Equal(2, probe.MaxConcurrentActivities);
    }

    [Fact]
    public async Task Observer_sees_every_committed_turn_and_activity_with_the_worker_id()
    {
        using var probe = new TestProbe();
        var stores = new EngineStores(new InMemoryInstanceStore(), new InMemoryWorkQueue(TimeProvider.System));
        await using var engine = await EngineHost.StartAsync(stores, probe, output);

        var result = await engine.RunAsync("Sequence", "in");

        Assert.Equal(4, engine.Ledger.Turns.Count(t => t.InstanceId == result.InstanceId));
        Assert.Equal(3, engine.Ledger.Activities.Count(a => a.InstanceId == result.InstanceId && a.Succeeded));
        Assert.All(engine.Ledger.Turns, t => Assert.Equal(engine.WorkerId, t.WorkerId));
        Assert.Equal(Store.OrchestrationRuntimeStatus.Completed, engine.Ledger.Turns.Last().RuntimeStatus);
    }

    [Fact]
    public async Task Shutdown_stops_receiving_but_lets_in_flight_work_finish()
    {
        using var probe = new TestProbe { ActivityDelay = TimeSpan.FromMilliseconds(300) };
        var queue = new InMemoryWorkQueue(TimeProvider.System);
        var stores = new EngineStores(new InMemoryInstanceStore(), queue);
        await using var engine = await EngineHost.StartAsync(stores, probe, output);
        var id = (await engine.Client.ScheduleNewOrchestrationInstanceAsync("FanOut", 1)).InstanceId;
        await Eventually.TrueAsync(() => probe.Count("square-started") == 1, "the activity is running");

        await engine.StopAsync();

        var activity = Assert.Single(engine.Ledger.Activities);
        Assert.True(activity.Succeeded);
        Assert.Equal(1, queue.Count);
        Assert.Equal(Store.OrchestrationRuntimeStatus.Running, (await engine.Client.GetInstanceAsync(id))!.RuntimeStatus);
    }
}
