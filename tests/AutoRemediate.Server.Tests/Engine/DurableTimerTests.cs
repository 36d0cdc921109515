using AutoRemediate.Server.Tests.Support;
using AutoRemediate.Server.Tests.Support.Tasks;
using AutoRemediate.Testing.Azurite;
using Microsoft.DurableTask.Client;
using Xunit.Abstractions;

namespace AutoRemediate.Server.Tests.Engine;

/// <summary>Durable timers on DurableTask.AzureStorage, whose queue takes timer delays in whole seconds.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DurableTimerTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Timers_of_fractional_seconds_never_resume_the_orchestration_before_their_fire_time()
    {
        await using var engine = await TestEngine.StartAsync(azurite, output);

        var done = await engine.RunAsync(nameof(TimerOrchestrator), new[] { 1.0, 1.5, 2.5 });

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var observations = done.ReadOutputAs<TimerObservation[]>()!;
        Assert.Equal([1.0, 1.5, 2.5], observations.Select(o => o.Seconds));
        var lateness = string.Join(", ", observations.Select(o => $"{o.Seconds} s: {(o.ResumedAt - o.FireAt).TotalMilliseconds:0} ms"));
        output.WriteLine($"resumed after the fire time by {lateness}");
        Assert.All(observations, timer => Assert.True(timer.ResumedAt >= timer.FireAt, $"A timer resumed early ({lateness})."));
    }
}
