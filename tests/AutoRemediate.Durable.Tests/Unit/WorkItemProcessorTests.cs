using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class WorkItemProcessorTests
{
    [Fact]
    public async Task Invocation_mode_runs_an_orchestration_one_message_at_a_time()
    {
        await using var engine = new ManualEngine();
        var scheduled = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Sequence", "in");

        var processed = await engine.PumpAsync();

        var result = await engine.Client.GetInstanceAsync(scheduled.InstanceId, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, result!.RuntimeStatus);
        Assert.Equal("in-A-B-C", result.ReadOutputAs<string>());
        Assert.Equal(7, processed);
    }

    [Fact]
    public async Task Invocation_mode_fires_a_timer_when_its_message_becomes_visible()
    {
        await using var engine = new ManualEngine();
        var scheduled = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Timer", 60_000);
        await engine.PumpAsync();

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await engine.PumpAsync();

        var result = await engine.Client.GetInstanceAsync(scheduled.InstanceId, getInputsAndOutputs: true);
        Assert.Equal(60_000, result!.ReadOutputAs<double>());
    }

    [Fact]
    public async Task Turn_request_for_a_missing_instance_is_retried_with_a_delay_then_dropped()
    {
        await using var engine = new ManualEngine(o => o.MissingInstanceMaxAttempts = 3);
        await engine.Processor.ProcessAsync(WorkMessageSerializer.Serialize(new OrchestrationTurnMessage("not-yet")), default);
        Assert.Empty(await engine.ReceiveBodiesAsync());

        var attempts = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            engine.Clock.Advance(DurableEngineOptions.DefaultMissingInstanceRetryDelay);
            foreach (var body in await engine.ReceiveBodiesAsync())
            {
                attempts.Add(((OrchestrationTurnMessage)WorkMessageSerializer.TryDeserialize(body, out _)!).Attempt);
                await engine.Processor.ProcessAsync(body, default);
            }
        }

        Assert.Equal([1, 2], attempts);
        Assert.Equal(0, engine.Queue.Count);
    }

    [Fact]
    public async Task Turn_request_that_arrives_before_the_instance_row_still_starts_it()
    {
        await using var engine = new ManualEngine();
        await engine.Processor.ProcessAsync(WorkMessageSerializer.Serialize(new OrchestrationTurnMessage("late-row")), default);
        await engine.Client.ScheduleNewOrchestrationInstanceAsync("Counting", "x", "late-row");

        engine.Clock.Advance(DurableEngineOptions.DefaultMissingInstanceRetryDelay);
        await engine.PumpAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await engine.Client.GetInstanceAsync("late-row"))!.RuntimeStatus);
    }

    [Fact]
    public async Task Early_timer_message_is_requeued_until_it_is_due()
    {
        await using var engine = new ManualEngine();
        var body = WorkMessageSerializer.Serialize(new TimerMessage("i", 0, engine.Clock.GetUtcNow().AddMinutes(10)));

        await engine.Processor.ProcessAsync(body, default);

        Assert.Empty(await engine.ReceiveBodiesAsync());
        engine.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal([body], await engine.ReceiveBodiesAsync());
    }

    [Fact]
    public async Task Unreadable_message_is_dropped_without_throwing()
    {
        await using var engine = new ManualEngine();

        await engine.Processor.ProcessAsync("{\"kind\":\"mystery\"}", default);

        Assert.Equal(0, engine.Queue.Count);
    }

    [Fact]
    public async Task Activity_for_a_terminated_instance_is_not_run()
    {
        await using var engine = new ManualEngine();
        var id = (await engine.Client.ScheduleNewOrchestrationInstanceAsync("Counting", "x")).InstanceId;
        await engine.PumpAsync(max: 1);
        await engine.Client.TerminateAsync(id, "stop");
        var bodies = await engine.ReceiveBodiesAsync();
        var activity = bodies.Single(b => b.Contains("\"activity\"", StringComparison.Ordinal));
        foreach (var turn in bodies.Where(b => b != activity))
        {
            await engine.Processor.ProcessAsync(turn, default);
        }

        await engine.Processor.ProcessAsync(activity, default);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await engine.Client.GetInstanceAsync(id))!.RuntimeStatus);
        Assert.Equal(0, engine.Probe.Count($"append:{id}"));
    }
}
