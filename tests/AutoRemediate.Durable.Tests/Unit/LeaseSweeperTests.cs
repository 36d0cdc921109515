using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class LeaseSweeperTests
{
    [Fact]
    public async Task Sweep_redispatches_expired_leases_and_long_overdue_timers_only()
    {
        await using var engine = new ManualEngine();
        var now = engine.Clock.GetUtcNow();
        await CreateAsync(engine, "expired", OrchestrationRuntimeStatus.Running, null);
        await CreateAsync(engine, "live", OrchestrationRuntimeStatus.Running, now.AddHours(-1));
        await CreateAsync(engine, "overdue", OrchestrationRuntimeStatus.Running, now.AddHours(-1));
        await CreateAsync(engine, "future", OrchestrationRuntimeStatus.Running, now.AddHours(1));
        await CreateAsync(engine, "done", OrchestrationRuntimeStatus.Completed, now.AddHours(-1));
        await engine.Store.TryAcquireAsync("expired", "ghost", now.AddMinutes(-2), TimeSpan.FromMinutes(1), default);
        await engine.Store.TryAcquireAsync("live", "busy", now, TimeSpan.FromMinutes(1), default);

        var dispatched = await engine.Sweeper.SweepOnceAsync(default);

        Assert.Equal(2, dispatched);
        var requested = (await engine.ReceiveBodiesAsync())
            .Select(b => WorkMessageSerializer.TryDeserialize(b, out _)!.InstanceId)
            .Order();
        Assert.Equal(["expired", "overdue"], requested);
    }

    [Fact]
    public async Task Sweep_redispatches_an_instance_that_never_started()
    {
        await using var engine = new ManualEngine();
        await engine.Client.ScheduleNewOrchestrationInstanceAsync("Counting", "x", "never-started");
        await engine.ReceiveBodiesAsync();

        Assert.Equal(0, await engine.Sweeper.SweepOnceAsync(default));
        engine.Clock.Advance(DurableEngineOptions.DefaultStalledInstanceGrace + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await engine.Sweeper.SweepOnceAsync(default));
        await engine.PumpAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await engine.Client.GetInstanceAsync("never-started"))!.RuntimeStatus);
    }

    private static Task CreateAsync(ManualEngine engine, string id, OrchestrationRuntimeStatus status, DateTimeOffset? nextWakeAt) =>
        engine.Store.CreateIfNotExistsAsync(
            new InstanceState
            {
                InstanceId = id,
                Name = "Timer",
                RuntimeStatus = status,
                CreatedAt = engine.Clock.GetUtcNow().AddHours(-2),
                LastUpdatedAt = engine.Clock.GetUtcNow().AddHours(-2),
                HistoryLength = 3,
                NextWakeAt = nextWakeAt,
            },
            default);
}
