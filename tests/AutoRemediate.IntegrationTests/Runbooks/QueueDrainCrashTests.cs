using AutoRemediate.IntegrationTests.Support;
using AutoRemediate.Runbooks;
using AutoRemediate.Runbooks.QueueDrain;
using AutoRemediate.Testing.Azurite;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AutoRemediate.IntegrationTests.Runbooks;

/// <summary>
/// The drain-queue runbook in real worker processes on Azurite: 1,000 messages, one worker killed at the engine's worst
/// point (a batch done, its result not yet stored) and the next SIGKILLed at a random point; the third finishes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueDrainCrashTests(AzuriteFixture azurite)
{
    private const int Messages = 1000;

    [Fact]
    public async Task Drain_moves_each_of_1000_messages_once_with_identical_bodies_across_two_killed_workers()
    {
        await using var cluster = DurableCluster.Create(azurite);
        var scenario = new PoisonQueueScenario(azurite, Path.GetDirectoryName(cluster.LedgerPath)!);
        var bodies = PoisonQueueScenario.Bodies(Messages);
        await scenario.SeedAsync(bodies);
        var id = cluster.Hub + "-drain";

        var first = await cluster.StartHostAsync("first", 2, scenario.HostSettings(crashAfterBatch: 3));
        await cluster.Client.ScheduleNewOrchestrationInstanceAsync("RunbookHarness", scenario.Input(id), new StartOrchestrationOptions(id));
        await first.WaitForExitAsync(TimeSpan.FromSeconds(90));
        Assert.Contains("killing itself after batch 3", first.Output, StringComparison.Ordinal);

        var second = await cluster.StartHostAsync("second", 2, scenario.HostSettings());
        var killAt = Random.Shared.Next(350, 700);
        await WaitForLedgerAsync(scenario, killAt, TimeSpan.FromSeconds(180));
        await second.KillAsync();
        var ledgerAtKill = (await scenario.LedgerAsync()).Count;
        Assert.True(ledgerAtKill < Messages, $"the random kill (at {killAt}) came after the drain had finished");

        await cluster.StartHostAsync("third", 2, scenario.HostSettings());
        await cluster.WaitForAllAsync([id], TimeSpan.FromSeconds(240));
        var final = (await cluster.Client.GetInstanceAsync(id, getInputsAndOutputs: true))!;

        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
        var result = final.ReadOutputAs<RunbookResult>()!;
        var moved = await scenario.ReadAllAsync(scenario.Destination);
        var archive = await scenario.ArchiveAsync();
        var inDoubt = archive.Where(r => r.GetString(QueueDrainArchive.ReasonColumn) == "InDoubt").ToList();
        var context = $"kill at ledger count {killAt} ({ledgerAtKill} rows at the kill); result {result.Outcome}: {result.Summary}";

        // Never twice: no body appears more than once on the destination.
        var duplicates = moved.GroupBy(b => b, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key[..Math.Min(40, g.Key.Length)]).ToList();
        Assert.True(duplicates.Count == 0, $"moved twice: {string.Join(", ", duplicates)}; {context}");

        // Byte for byte: every destination body is one of the seeded bodies, unchanged.
        Assert.Empty(moved.Except(bodies, StringComparer.Ordinal));

        // Never lost: what did not reach the destination is set aside in doubt with its body intact.
        var inDoubtBodies = inDoubt.Select(QueueDrainArchive.Body).ToList();
        Assert.Empty(bodies.Except(moved.Concat(inDoubtBodies), StringComparer.Ordinal));
        Assert.Empty(inDoubtBodies.Except(bodies, StringComparer.Ordinal));
        Assert.Equal(0, await scenario.CountAsync(scenario.Source));

        // The residual window: the random kill may cut one message between its intent and Done rows (messages move one
        // at a time); the worst-point kill cuts none. Such a message is reported, never re-put.
        Assert.InRange(inDoubt.Count, 0, 1);
        Assert.Equal(Messages - inDoubt.Count, moved.Count - inDoubtBodies.Intersect(moved, StringComparer.Ordinal).Count());
        var ledger = await scenario.LedgerAsync();
        Assert.Equal(Messages, ledger.Count);
        Assert.Equal(inDoubt.Count, ledger.Count(r => r.GetString(QueueDrainLedger.StateColumn) == nameof(QueueDrainLedgerState.InDoubt)));
        if (inDoubt.Count == 0)
        {
            Assert.Equal(RunbookOutcome.Succeeded, result.Outcome);
        }
        else
        {
            Assert.Equal(RunbookOutcome.Escalated, result.Outcome);
            Assert.Contains(inDoubt[0].RowKey, result.Summary, StringComparison.Ordinal);
            Assert.Contains(scenario.Journal(), line => line.Kind == "ActionFailed" && line.Details!["messageIds"].Contains(inDoubt[0].RowKey, StringComparison.Ordinal));
        }

        Assert.Contains(scenario.Journal(), line => line.Step == "drain-verify");
    }

    private static async Task WaitForLedgerAsync(PoisonQueueScenario scenario, int rows, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while ((await scenario.LedgerAsync()).Count < rows)
        {
            await Task.Delay(20, deadline.Token);
        }
    }
}
