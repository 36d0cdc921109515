using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support;
using AutoRemediate.Durable.Tests.Support.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace AutoRemediate.Durable.Tests.Contract;

/// <summary>
/// The engine's behaviour against a store and queue pair, with a real worker. Runs in memory here; a subclass
/// runs it against Azure Storage (Azurite) by overriding <see cref="CreateStoresAsync"/>.
/// </summary>
public abstract partial class EngineContractTests(ITestOutputHelper output) : IDisposable
{
    protected ITestOutputHelper Output { get; } = output;

    protected TestProbe Probe { get; } = new();

    /// <summary>A fresh, empty, isolated store and queue pair per call (tests query and purge everything in it).</summary>
    protected abstract Task<EngineStores> CreateStoresAsync();

    public void Dispose()
    {
        Probe.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task<EngineHost> StartEngineAsync(EngineStores? stores = null, Action<DurableEngineOptions>? options = null) =>
        await EngineHost.StartAsync(stores ?? await CreateStoresAsync(), Probe, Output, options);

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
}
