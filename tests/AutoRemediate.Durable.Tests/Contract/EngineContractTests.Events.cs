using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support;
using AutoRemediate.Durable.Tests.Support.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace AutoRemediate.Durable.Tests.Contract;

/// <summary>Contract tests: events.</summary>
public abstract partial class EngineContractTests
{
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
}
