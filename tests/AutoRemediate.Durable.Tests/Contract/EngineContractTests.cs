using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support;
using AutoRemediate.Durable.Tests.Support.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace AutoRemediate.Durable.Tests.Contract;

/// <summary>
/// The engine's behaviour against a store and queue pair, with a real worker. Runs in memory here; a subclass
/// runs it against Azure Storage (Azurite) by overriding <see cref="CreateStores"/>.
/// </summary>
public abstract class EngineContractTests(ITestOutputHelper output) : IDisposable
{
    protected ITestOutputHelper Output { get; } = output;

    protected TestProbe Probe { get; } = new();

    /// <summary>A fresh, empty, isolated store and queue pair (each call; tests query and purge everything in it).</summary>
    protected abstract EngineStores CreateStores();

    public void Dispose()
    {
        Probe.Dispose();
        GC.SuppressFinalize(this);
    }

    protected Task<EngineHost> StartEngineAsync(EngineStores? stores = null, Action<DurableEngineOptions>? options = null) =>
        EngineHost.StartAsync(stores ?? CreateStores(), Probe, Output, options);

    [Fact]
    public async Task Activities_run_in_sequence_and_pass_outputs_along()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("Sequence", "in");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("in-A-B-C", result.ReadOutputAs<string>());
        Assert.Equal("in", result.ReadInputAs<string>());
    }

    [Fact]
    public async Task History_reads_back_every_turn_in_order()
    {
        await using var engine = await StartEngineAsync();
        var result = await engine.RunAsync("Counting", "x");

        var history = await engine.Client.GetHistoryAsync(result.InstanceId);

        Assert.Equal(
            [EventType.OrchestratorStarted, EventType.ExecutionStarted, EventType.TaskScheduled,
             EventType.OrchestratorStarted, EventType.TaskCompleted, EventType.ExecutionCompleted],
            history.Select(e => e.EventType));
        var scheduled = Assert.IsType<TaskScheduledEvent>(history[2]);
        Assert.Equal(("Append", 0), (scheduled.Name, scheduled.EventId));
        Assert.Equal(0, Assert.IsType<TaskCompletedEvent>(history[4]).ScheduledId);
    }

    [Fact]
    public async Task Activity_failure_surfaces_as_TaskFailedException_the_orchestrator_can_handle()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("CatchFailure", "boom");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("Fail#0:System.InvalidOperationException:boom", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Unhandled_activity_failure_fails_the_instance_with_details()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("UnhandledFailure", "disk on fire");

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(typeof(TaskFailedException).FullName, result.FailureDetails!.ErrorType);
        Assert.Contains("disk on fire", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.NotNull(result.CompletedAt);
    }

    [Fact]
    public async Task Durable_timer_fires_after_its_due_time()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("Timer", 300);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.True(result.ReadOutputAs<double>() >= 300, $"orchestration clock advanced {result.ReadOutputAs<double>()} ms");
        var history = await engine.Client.GetHistoryAsync(result.InstanceId);
        var fired = Assert.Single(history.OfType<TimerFiredEvent>());
        Assert.True(fired.Timestamp >= fired.FireAt);
    }

    [Fact]
    public async Task Event_raised_before_the_wait_is_buffered()
    {
        await using var engine = await StartEngineAsync();
        var scheduled = await engine.Client.ScheduleNewOrchestrationInstanceAsync("WaitForEvent", 200);

        await engine.Client.RaiseEventAsync(scheduled.InstanceId, "approval", "early");

        var result = await engine.Client.WaitForInstanceCompletionAsync(scheduled.InstanceId, Eventually.DefaultTimeout);
        Assert.Equal("early", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Event_raised_after_the_wait_is_delivered_and_custom_status_is_visible()
    {
        await using var engine = await StartEngineAsync();
        var scheduled = await engine.Client.ScheduleNewOrchestrationInstanceAsync("WaitForEvent", 0);
        await engine.WaitForCustomStatusAsync(scheduled.InstanceId, new WaitStatus("waiting"));

        await engine.Client.RaiseEventAsync(scheduled.InstanceId, "APPROVAL", "late");

        var result = await engine.Client.WaitForInstanceCompletionAsync(scheduled.InstanceId, Eventually.DefaultTimeout);
        Assert.Equal("late", result.ReadOutputAs<string>());
        Assert.Equal(new WaitStatus("done"), result.ReadCustomStatusAs<WaitStatus>());
    }

    [Fact]
    public async Task Waiting_for_an_event_times_out_with_TaskCanceledException()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("WaitWithTimeout", 200);

        Assert.Equal("timed out", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Event_within_the_timeout_is_returned()
    {
        await using var engine = await StartEngineAsync();
        var scheduled = await engine.Client.ScheduleNewOrchestrationInstanceAsync("WaitWithTimeout", 10_000);
        await engine.Client.RaiseEventAsync(scheduled.InstanceId, "approval", "yes");

        var result = await engine.Client.WaitForInstanceCompletionAsync(scheduled.InstanceId, Eventually.DefaultTimeout);

        Assert.Equal("approved:yes", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task WhenAll_fans_out_ten_activities_and_fans_in_their_results()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("FanOut", 10);

        Assert.Equal(385, result.ReadOutputAs<int>());
        var history = await engine.Client.GetHistoryAsync(result.InstanceId);
        Assert.Equal(10, history.OfType<TaskScheduledEvent>().Count());
        Assert.Equal(10, history.OfType<TaskCompletedEvent>().Select(e => e.ScheduledId).Distinct().Count());
    }

    [Fact]
    public async Task WhenAny_event_beats_the_timer_and_the_timer_is_cancelled()
    {
        await using var engine = await StartEngineAsync();
        var scheduled = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Approval", 60_000);
        await engine.WaitForCustomStatusAsync(scheduled.InstanceId, new WaitStatus("waiting"));

        await engine.Client.RaiseEventAsync(scheduled.InstanceId, "approval", "ops");

        var result = await engine.Client.WaitForInstanceCompletionAsync(scheduled.InstanceId, Eventually.DefaultTimeout);
        Assert.Equal("approved:ops", result.ReadOutputAs<string>());
        var history = await engine.Client.GetHistoryAsync(scheduled.InstanceId);
        Assert.Single(history.OfType<TimerCreatedEvent>());
        Assert.Empty(history.OfType<TimerFiredEvent>());
    }

    [Fact]
    public async Task WhenAny_timer_beats_the_event_and_a_late_event_is_ignored()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("Approval", 200);
        await engine.Client.RaiseEventAsync(result.InstanceId, "approval", "too late");

        Assert.Equal("timed out", result.ReadOutputAs<string>());
        var after = await engine.Client.GetInstanceAsync(result.InstanceId, getInputsAndOutputs: true);
        Assert.Equal("timed out", after!.ReadOutputAs<string>());
        Assert.Single((await engine.Client.GetHistoryAsync(result.InstanceId)).OfType<TimerFiredEvent>());
    }

    [Fact]
    public async Task Retry_policy_retries_a_failing_activity_with_backoff_until_it_succeeds()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("Retry", new RetryRequest(FailuresBeforeSuccess: 2, MaxAttempts: 3));

        Assert.Equal("succeeded on attempt 3", result.ReadOutputAs<string>());
        var history = await engine.Client.GetHistoryAsync(result.InstanceId);
        Assert.Equal(3, history.OfType<TaskScheduledEvent>().Count());
        Assert.Equal(
            [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)],
            history.OfType<TimerCreatedEvent>().Select(t => t.FireAt - t.Timestamp));
    }

    [Fact]
    public async Task Retry_policy_gives_up_after_max_attempts_with_the_last_failure()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("Retry", new RetryRequest(FailuresBeforeSuccess: 5, MaxAttempts: 2));

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Contains("attempt 2 failed", result.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(2, Probe.Count($"flaky:{result.InstanceId}"));
    }

    [Fact]
    public async Task Terminate_ends_a_waiting_instance_with_the_reason()
    {
        await using var engine = await StartEngineAsync();
        var scheduled = await engine.Client.ScheduleNewOrchestrationInstanceAsync("WaitForEvent", 0);
        await engine.WaitForCustomStatusAsync(scheduled.InstanceId, new WaitStatus("waiting"));

        await engine.Client.TerminateAsync(scheduled.InstanceId, "operator cancelled");

        var result = await engine.Client.WaitForInstanceCompletionAsync(scheduled.InstanceId, Eventually.DefaultTimeout);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, result.RuntimeStatus);
        Assert.Equal("operator cancelled", result.ReadOutputAs<string>());
        Assert.IsType<ExecutionTerminatedEvent>((await engine.Client.GetHistoryAsync(scheduled.InstanceId))[^1]);
    }

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
        var stores = CreateStores();
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
        var stores = CreateStores();
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
        var stores = CreateStores();
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

    [Fact]
    public async Task Changed_orchestrator_code_fails_the_instance_as_non_deterministic()
    {
        var stores = CreateStores();
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

    [Fact]
    public async Task Activity_input_too_large_for_a_work_message_fails_the_instance_clearly()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("LargeInput", 60_000);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Contains("at most 49152 bytes", result.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unregistered_orchestrator_fails_the_instance()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("NoSuchOrchestrator");

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Contains("NoSuchOrchestrator", result.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewGuid_is_stable_across_replays()
    {
        await using var engine = await StartEngineAsync();

        var result = await engine.RunAsync("Guids", "x");

        var guids = result.ReadOutputAs<Guid[]>()!;
        var history = await engine.Client.GetHistoryAsync(result.InstanceId);
        Assert.NotEqual(guids[0], guids[1]);
        Assert.StartsWith($"{{\"text\":\"{guids[0]}\"", history.OfType<TaskScheduledEvent>().Single().Input, StringComparison.Ordinal);
    }

    private static async Task DrainQueueAsync(IWorkQueue queue)
    {
        foreach (var message in await queue.ReceiveAsync(32, TimeSpan.FromMinutes(1), default))
        {
            await queue.DeleteAsync(message, default);
        }
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
