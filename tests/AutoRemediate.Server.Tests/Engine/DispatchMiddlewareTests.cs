using System.Collections.Concurrent;
using AutoRemediate.Server.Tests.Support;
using AutoRemediate.Server.Tests.Support.Tasks;
using AutoRemediate.Testing.Azurite;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Xunit.Abstractions;

namespace AutoRemediate.Server.Tests.Engine;

/// <summary>Middleware registered on the engine builder runs around every turn and activity, in registration order.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DispatchMiddlewareTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Orchestration_and_activity_middleware_wrap_every_turn_and_activity_outermost_first()
    {
        var seen = new ConcurrentQueue<string>();
        await using var engine = await TestEngine.StartAsync(azurite, output, builder => builder
            .UseOrchestrationMiddleware(async (context, next) =>
            {
                seen.Enqueue($"outer-start {context.GetProperty<OrchestrationInstance>().InstanceId}");
                await next();
                seen.Enqueue($"outer-end {context.GetProperty<OrchestratorExecutionResult>().Actions.Count()}");
            })
            .UseOrchestrationMiddleware(async (context, next) =>
            {
                seen.Enqueue("inner-start");
                await next();
                seen.Enqueue("inner-end");
            })
            .UseActivityMiddleware(async (context, next) =>
            {
                await next();
                seen.Enqueue($"activity {context.GetProperty<TaskScheduledEvent>().Name} of {context.GetProperty<OrchestrationInstance>().InstanceId}");
            }));

        var done = await engine.RunAsync(nameof(EchoOrchestrator), new Approval("sre", DateTimeOffset.UnixEpoch, ApprovalKind.Card, new Dictionary<string, string>()), "middleware-1");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        // Two turns: the first schedules the activity (one action), the second completes the instance (one action).
        Assert.Equal(
            ["outer-start middleware-1", "inner-start", "inner-end", "outer-end 1",
             "activity EchoApprovalActivity of middleware-1",
             "outer-start middleware-1", "inner-start", "inner-end", "outer-end 1"],
            seen);
    }
}
