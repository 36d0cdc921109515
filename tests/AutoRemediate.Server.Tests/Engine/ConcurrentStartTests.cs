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
    [Fact]
    public async Task Fifty_concurrent_starts_of_one_instance_id_run_one_execution_whose_first_activity_runs_once()
    {
        await using var engine = await TestEngine.StartAsync(azurite, output);
        var id = "alert-" + Guid.NewGuid().ToString("N");
        using var go = new ManualResetEventSlim();
        var starts = Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
        {
            go.Wait();
            return engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CountOnceOrchestrator), new StartOrchestrationOptions(id));
        })).ToList();

        go.Set();
        Assert.All(await Task.WhenAll(starts), started => Assert.Equal(id, started));
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(1, done.ReadOutputAs<int>());
        Assert.Equal(1, engine.Sink.Runs(id));
        var history = await engine.Client.GetOrchestrationHistoryAsync(id);
        Assert.Single(history.OfType<ExecutionStartedEvent>());
        Assert.Single(history.OfType<TaskScheduledEvent>());
    }
}
