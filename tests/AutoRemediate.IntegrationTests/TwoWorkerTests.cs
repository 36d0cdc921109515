using AutoRemediate.DurableTestHost.Ledger;
using AutoRemediate.IntegrationTests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.DurableTask.Client;

namespace AutoRemediate.IntegrationTests;

/// <summary>
/// Two worker processes share one task hub; partition leases must keep each instance to one runner at a time. A turn
/// here is the execution of the orchestrator code, as the engine's dispatcher middleware sees it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TwoWorkerTests(AzuriteFixture azurite)
{
    private const int Instances = 200;

    [Fact]
    public async Task Two_workers_complete_every_instance_and_never_run_one_instance_at_once()
    {
        await using var cluster = DurableCluster.Create(azurite);
        await cluster.StartHostAsync("alpha", concurrency: 8);
        await cluster.StartHostAsync("beta", concurrency: 8);
        var ids = await cluster.ScheduleAsync(Instances, LedgerOrchestrationInput.OrchestratorName, new LedgerOrchestrationInput(Steps: 3, TimerSeconds: 0.5));

        var final = await cluster.WaitForAllAsync(ids, TimeSpan.FromSeconds(180));

        Assert.All(final, s => Assert.Equal(OrchestrationRuntimeStatus.Completed, s.RuntimeStatus));
        var turns = cluster.ReadLedger().Where(e => e.Kind == LedgerEntry.Turn).ToList();
        Assert.Equal(["alpha", "beta"], turns.Select(t => t.WorkerId).Distinct().Order());
        foreach (var instance in turns.GroupBy(t => t.InstanceId))
        {
            var ordered = instance.OrderBy(t => t.StartedAt).ToList();
            foreach (var (previous, next) in ordered.Zip(ordered.Skip(1)))
            {
                Assert.True(
                    previous.EndedAt <= next.StartedAt,
                    $"{instance.Key}: a turn by {next.WorkerId} started at {next.StartedAt:O} while {previous.WorkerId}'s turn ran until {previous.EndedAt:O}");
            }
        }
    }
}
