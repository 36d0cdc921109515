using AutoRemediate.Durable.Store;
using AutoRemediate.DurableTestHost.Ledger;
using AutoRemediate.IntegrationTests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.IntegrationTests;

/// <summary>A worker process is SIGKILLed mid-run; a new one must finish everything, re-running only what was in flight.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrashRecoveryTests(AzuriteFixture azurite)
{
    private const int Instances = 100;
    private const int Steps = 3;
    private const int Concurrency = 8;

    [Fact]
    public async Task Orchestrations_survive_a_killed_worker_and_only_in_flight_steps_run_twice()
    {
        await using var cluster = DurableCluster.Create(azurite);
        var first = await cluster.StartHostAsync("first", Concurrency);
        var ids = await cluster.ScheduleAsync(Instances, LedgerOrchestrationInput.OrchestratorName, new LedgerOrchestrationInput(Steps, TimerSeconds: 2));

        // Midway: a third of all steps done, the durable timers of many instances pending.
        await cluster.WaitForLedgerAsync(l => l.Count(e => e.Kind == LedgerEntry.ActivityEnded) >= Instances, TimeSpan.FromSeconds(90));
        var killedAt = DateTimeOffset.UtcNow;
        await first.KillAsync();
        var unfinishedAtKill = (await Task.WhenAll(ids.Select(id => cluster.Client.GetInstanceAsync(id))))
            .Count(s => s is not { IsCompleted: true });
        Assert.True(unfinishedAtKill > 0, "the kill came too late: every instance had already finished");

        var second = await cluster.StartHostAsync("second", Concurrency);
        IReadOnlyList<Durable.Client.OrchestrationMetadata> final;
        try
        {
            final = await cluster.WaitForAllAsync(ids, TimeSpan.FromSeconds(120));
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"not all instances finished after the restart:\n{await cluster.DescribeUnfinishedAsync(ids)}\n{second.Output}");
            throw;
        }

        Assert.All(final, s => Assert.Equal(OrchestrationRuntimeStatus.Completed, s.RuntimeStatus));
        var ledger = cluster.ReadLedger();
        var ended = ledger.Where(e => e.Kind == LedgerEntry.ActivityEnded).Select(e => (e.InstanceId, e.Step)).ToHashSet();
        Assert.Equal(Instances * Steps, ended.Count);

        var reruns = ledger.Where(e => e.Kind == LedgerEntry.ActivityStarted)
            .GroupBy(e => (e.InstanceId, e.Step))
            .Where(g => g.Count() > 1)
            .ToList();
        foreach (var rerun in reruns)
        {
            var runs = rerun.OrderBy(e => e.StartedAt).ToList();
            // Every run but the last was cut off by the kill: it ran in the killed process and started before the kill.
            Assert.All(runs[..^1], run => Assert.True(
                run.ProcessId == first.ProcessId && run.StartedAt <= killedAt,
                $"{rerun.Key} ran again although its earlier run (pid {run.ProcessId} at {run.StartedAt:O}) was not in flight at the kill ({killedAt:O})"));
            Assert.Equal(second.ProcessId, runs[^1].ProcessId);
        }

        // At most the work items the killed worker had in flight can have been cut off.
        Assert.InRange(reruns.Count, 0, Concurrency);
    }
}
