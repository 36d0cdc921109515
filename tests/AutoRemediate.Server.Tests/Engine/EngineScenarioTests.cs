using AutoRemediate.Server.Tests.Support;
using AutoRemediate.Server.Tests.Support.Tasks;
using AutoRemediate.Testing.Azurite;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Xunit.Abstractions;

namespace AutoRemediate.Server.Tests.Engine;

/// <summary>A remediation-shaped orchestration end to end on DurableTask.AzureStorage (Azurite), through the shims and the client.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EngineScenarioTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Activity_timer_fan_out_and_external_event_complete_with_the_expected_output_and_history()
    {
        await using var engine = await TestEngine.StartAsync(azurite, output);
        var approval = new Approval("oncall@example.com", new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)), ApprovalKind.Page, new Dictionary<string, string> { ["ticket"] = "INC-7 ✓" });
        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ScenarioOrchestrator), new ScenarioInput("cpu-high", [2, 3, 4]));

        var waiting = await WaitForCustomStatusAsync(engine.Client, id);
        await engine.Client.RaiseEventAsync(id, ScenarioOrchestrator.ApprovalEvent, approval);
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout);

        Assert.Equal(new ScenarioStatus("awaiting approval", 3), waiting.ReadCustomStatusAs<ScenarioStatus>());
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var result = done.ReadOutputAs<ScenarioResult>()!;
        Assert.Equal("echo:cpu-high", result.Echo);
        Assert.Equal([4, 9, 16], result.Squares);
        Assert.Equal((approval.By, approval.At, approval.Kind), (result.Approval.By, result.Approval.At, result.Approval.Kind));
        Assert.Equal(approval.Notes, result.Approval.Notes);
        Assert.Equal("cpu-high", done.ReadInputAs<ScenarioInput>()!.Alert);

        var history = await engine.Client.GetOrchestrationHistoryAsync(id);
        Assert.Equal(
            [nameof(EchoActivity), nameof(SquareActivity), nameof(SquareActivity), nameof(SquareActivity)],
            history.OfType<TaskScheduledEvent>().Select(e => e.Name));
        Assert.Single(history.OfType<TimerCreatedEvent>());
        Assert.Single(history.OfType<TimerFiredEvent>());
        Assert.Equal(ScenarioOrchestrator.ApprovalEvent, Assert.Single(history.OfType<EventRaisedEvent>()).Name);
        Assert.IsType<ExecutionStartedEvent>(history.First(e => e.EventType != EventType.OrchestratorStarted));
        Assert.IsType<ExecutionCompletedEvent>(history.Last(e => e.EventType != EventType.OrchestratorCompleted));
    }

    // Before the orchestrator sets one, the custom status reads as absent or as JSON null.
    private static async Task<OrchestrationMetadata> WaitForCustomStatusAsync(DurableTaskClient client, string id)
    {
        var timeout = TestEngine.Timeout;
        while (true)
        {
            var metadata = await client.GetInstanceAsync(id, getInputsAndOutputs: true, timeout);
            if (metadata?.ReadCustomStatusAs<ScenarioStatus>() is not null)
            {
                return metadata;
            }

            await Task.Delay(50, timeout);
        }
    }
}
