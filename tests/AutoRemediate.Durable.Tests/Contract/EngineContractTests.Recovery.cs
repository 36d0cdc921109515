using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support;
using AutoRemediate.Durable.Tests.Support.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace AutoRemediate.Durable.Tests.Contract;

/// <summary>Contract tests: recovery.</summary>
public abstract partial class EngineContractTests
{
    [Fact]
    public async Task Scheduling_the_same_instance_id_twice_runs_it_once()
    {
        await using var engine = await StartEngineAsync();

        var first = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Counting", "a", "alert-42");
        var second = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Counting", "b", "alert-42");
        var result = await engine.Client.WaitForInstanceCompletionAsync("alert-42", Eventually.DefaultTimeout);

        Assert.False(first.AlreadyExisted);
        Assert.True(second.AlreadyExisted);
        Assert.Equal("a-counted", result.ReadOutputAs<string>());
        Assert.Equal(1, Probe.Count("append:alert-42"));
        Assert.Single((await engine.Client.GetHistoryAsync("alert-42")).OfType<ExecutionStartedEvent>());
    }

    [Fact]
    public async Task Event_raised_while_a_turn_runs_is_not_lost()
    {
        await using var engine = await StartEngineAsync();
        var scheduled = await engine.Client.ScheduleNewOrchestrationInstanceAsync("GatedTurn", "x");
        await Eventually.TrueAsync(() => Probe.TurnEntered, "the first turn is running");

        await engine.Client.RaiseEventAsync(scheduled.InstanceId, "go", "raised mid-turn");
        Probe.ReleaseTurn();

        var result = await engine.Client.WaitForInstanceCompletionAsync(scheduled.InstanceId, Eventually.DefaultTimeout);
        Assert.Equal("raised mid-turn", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Instance_whose_lease_holder_vanished_is_run_by_another_worker_after_expiry()
    {
        var stores = await CreateStoresAsync();
        await using var engine = EngineHost.Create(stores, Probe, Output, ledger: new TurnLedger());
        var scheduled = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Counting", "x");
        var ghostLease = await stores.Store.TryAcquireAsync(scheduled.InstanceId, "ghost-worker", DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), default);
        Assert.NotNull(ghostLease);

        await engine.StartAsync();
        var result = await engine.Client.WaitForInstanceCompletionAsync(scheduled.InstanceId, Eventually.DefaultTimeout);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.All(engine.Ledger.Turns, t => Assert.Equal(engine.WorkerId, t.WorkerId));
        Assert.True(engine.Ledger.Turns.Min(t => t.StartedAt) >= ghostLease.State.LeaseExpiresAt);
    }

    [Fact]
    public async Task Sweeper_redispatches_an_instance_whose_lease_expired_and_whose_message_was_lost()
    {
        var stores = await CreateStoresAsync();
        await using var engine = EngineHost.Create(stores, Probe, Output, o => o.SweepInterval = TimeSpan.FromMilliseconds(200));
        var scheduled = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Counting", "x");
        await DrainQueueAsync(stores.Queue);
        Assert.NotNull(await stores.Store.TryAcquireAsync(scheduled.InstanceId, "ghost-worker", DateTimeOffset.UtcNow, TimeSpan.FromMilliseconds(300), default));

        await engine.StartAsync();

        var result = await engine.Client.WaitForInstanceCompletionAsync(scheduled.InstanceId, Eventually.DefaultTimeout);
        Assert.Equal("x-counted", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Two_workers_never_run_turns_of_the_same_instance_at_once()
    {
        var stores = await CreateStoresAsync();
        var ledger = new TurnLedger();
        await using var first = await EngineHost.StartAsync(stores, Probe, Output, ledger: ledger);
        await using var second = await EngineHost.StartAsync(stores, Probe, Output, ledger: ledger);
        Probe.ActivityDelay = TimeSpan.FromMilliseconds(5);

        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
            (await first.Client.ScheduleNewOrchestrationInstanceAsync("FanOut", 6, $"pair-{i}")).InstanceId));
        foreach (var id in ids)
        {
            Assert.Equal(91, (await first.Client.WaitForInstanceCompletionAsync(id, Eventually.DefaultTimeout)).ReadOutputAs<int>());
        }

        foreach (var turns in ledger.Turns.GroupBy(t => t.InstanceId))
        {
            var ordered = turns.OrderBy(t => t.StartedAt).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].StartedAt >= ordered[i - 1].EndedAt, $"turns of {turns.Key} overlapped");
            }
        }
    }

    [Fact]
    public async Task Changed_orchestrator_code_fails_the_instance_as_non_deterministic()
    {
        var stores = await CreateStoresAsync();
        string instanceId;
        await using (var v1 = await StartEngineAsync(stores))
        {
            instanceId = (await v1.Client.ScheduleNewOrchestrationInstanceAsync("Deploy", "in")).InstanceId;
            await v1.WaitForCustomStatusAsync(instanceId, new WaitStatus("waiting"));
        }

        await using var v2 = await EngineHost.StartAsync(stores, Probe, Output, register: engine =>
        {
            TestTasks.RegisterActivities(engine);
            engine.AddOrchestrator<DeployV2Orchestrator>("Deploy");
        });
        await v2.Client.RaiseEventAsync(instanceId, "go", null);

        var result = await v2.Client.WaitForInstanceCompletionAsync(instanceId, Eventually.DefaultTimeout);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        var message = result.FailureDetails!.ErrorMessage;
        Assert.Contains("activity 'Append'", message, StringComparison.Ordinal);
        Assert.Contains("activity 'Square'", message, StringComparison.Ordinal);
        Assert.Contains("event 0", message, StringComparison.Ordinal);
        Assert.Contains("changed while this instance was in flight", message, StringComparison.Ordinal);
    }

    private static async Task DrainQueueAsync(IWorkQueue queue)
    {
        foreach (var message in await queue.ReceiveAsync(32, TimeSpan.FromMinutes(1), default))
        {
            await queue.DeleteAsync(message, default);
        }
    }
}
