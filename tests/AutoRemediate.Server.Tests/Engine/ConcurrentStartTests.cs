using AutoRemediate.Server.Tests.Support;
using AutoRemediate.Server.Tests.Support.Tasks;
using AutoRemediate.Testing.Azurite;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Xunit.Abstractions;

namespace AutoRemediate.Server.Tests.Engine;

/// <summary>Many deliveries of one alert start one remediation.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConcurrentStartTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    // Several alerts, one after another, so that a lost race shows in one run rather than in one run of a few.
    // (All at once they would queue behind each other in Azurite and race less.)
    private const int Alerts = 4;
    private const int DeliveriesPerAlert = 50;

    [Fact]
    public async Task Fifty_concurrent_starts_of_one_instance_id_run_one_execution_whose_first_activity_runs_once()
    {
        await using var engine = await TestEngine.StartAsync(azurite, output);
        var ids = Enumerable.Range(0, Alerts).Select(_ => "alert-" + Guid.NewGuid().ToString("N")).ToList();
        var done = new List<OrchestrationMetadata>();
        foreach (var id in ids)
        {
            await DeliverConcurrentlyAsync(engine.Client, id);
            done.Add(await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout));
        }

        Assert.All(done, instance => Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus));
        Assert.Equal(ids.Select(_ => 1), ids.Select(engine.Sink.Runs));
        Assert.All(done, instance => Assert.Equal(1, instance.ReadOutputAs<int>()));
        foreach (var id in ids)
        {
            var history = await engine.Client.GetOrchestrationHistoryAsync(id);
            Assert.Single(history.OfType<ExecutionStartedEvent>());
            Assert.Single(history.OfType<TaskScheduledEvent>());
        }
    }

    private static async Task DeliverConcurrentlyAsync(DurableTaskClient client, string id)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var starts = Enumerable.Range(0, DeliveriesPerAlert).Select(async _ =>
        {
            await go.Task;
            return await client.ScheduleNewOrchestrationInstanceAsync(nameof(CountOnceOrchestrator), new StartOrchestrationOptions(id));
        }).ToList();

        go.SetResult();
        Assert.All(await Task.WhenAll(starts), started => Assert.Equal(id, started));
    }
}
