using AutoRemediate.Server.Tests.Support;
using AutoRemediate.Server.Tests.Support.Tasks;
using AutoRemediate.Testing.Azurite;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Xunit.Abstractions;

namespace AutoRemediate.Server.Tests.Engine;

/// <summary>The thin <see cref="DurableTaskClient"/> over DurableTask.Core's TaskHubClient, on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly Approval Sample = new(
        "Zoë O'Brien <sre@example.com>", new DateTimeOffset(2031, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(-5)), ApprovalKind.Card,
        new Dictionary<string, string> { ["reason"] = "disk > 95 %", ["quote"] = "\"restart\"" });

    [Fact]
    public async Task Input_output_and_custom_status_are_stored_as_the_sdk_serialises_them_and_read_back_equal()
    {
        await using var engine = await TestEngine.StartAsync(azurite, output);

        var done = await engine.RunAsync(nameof(EchoOrchestrator), Sample);

        var serialised = JsonDataConverter.Default.Serialize(Sample);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal((serialised, serialised, serialised), (done.SerializedInput, done.SerializedOutput, done.SerializedCustomStatus));
        AssertSame(Sample, done.ReadOutputAs<Approval>()!);
        AssertSame(Sample, done.ReadCustomStatusAs<Approval>()!);
    }

    [Fact]
    public async Task Terminate_ends_a_running_instance_as_Terminated_with_the_given_output()
    {
        await using var engine = await TestEngine.StartAsync(azurite, output);
        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForeverOrchestrator));
        await engine.Client.WaitForInstanceStartAsync(id, TestEngine.Timeout);

        await engine.Client.TerminateInstanceAsync(id, "operator stopped it");
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("operator stopped it", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Query_pages_through_every_matching_instance_once()
    {
        await using var engine = await TestEngine.StartAsync(azurite, output);
        var ids = Enumerable.Range(0, 5).Select(i => $"paged-{i}").ToList();
        await Task.WhenAll(ids.Select(id => engine.RunAsync(nameof(CountOnceOrchestrator), null, id)));
        await engine.RunAsync(nameof(CountOnceOrchestrator), null, "other-0");

        var pages = new List<IReadOnlyList<OrchestrationMetadata>>();
        await foreach (var page in engine.Client.GetAllInstancesAsync(new OrchestrationQuery(InstanceIdPrefix: "paged-", PageSize: 2)).AsPages())
        {
            pages.Add(page.Values);
        }

        Assert.Equal(ids, pages.SelectMany(page => page).Select(m => m.InstanceId).Order());
        Assert.All(pages, page => Assert.InRange(page.Count, 1, 2));
        Assert.All(pages.SelectMany(page => page), m => Assert.Equal(OrchestrationRuntimeStatus.Completed, m.RuntimeStatus));
    }

    [Fact]
    public async Task Purge_removes_an_ended_instance_and_refuses_a_running_one()
    {
        await using var engine = await TestEngine.StartAsync(azurite, output);
        var ended = (await engine.RunAsync(nameof(CountOnceOrchestrator), null)).InstanceId;
        var running = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForeverOrchestrator));
        await engine.Client.WaitForInstanceStartAsync(running, TestEngine.Timeout);

        var purged = await engine.Client.PurgeInstanceAsync(ended);
        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => engine.Client.PurgeInstanceAsync(running));

        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Null(await engine.Client.GetInstanceAsync(ended));
        Assert.Contains(running, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await engine.Client.GetInstanceAsync(running))!.RuntimeStatus);
    }

    [Fact]
    public async Task Purge_all_removes_the_ended_instances_that_match_the_filter()
    {
        await using var engine = await TestEngine.StartAsync(azurite, output);
        var ended = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => engine.RunAsync(nameof(CountOnceOrchestrator), null)));
        var running = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForeverOrchestrator));
        await engine.Client.WaitForInstanceStartAsync(running, TestEngine.Timeout);

        var purged = await engine.Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(Statuses: [OrchestrationRuntimeStatus.Completed]));

        Assert.Equal(3, purged.PurgedInstanceCount);
        foreach (var instance in ended)
        {
            Assert.Null(await engine.Client.GetInstanceAsync(instance.InstanceId));
        }

        Assert.NotNull(await engine.Client.GetInstanceAsync(running));
    }

    private static void AssertSame(Approval expected, Approval actual)
    {
        Assert.Equal((expected.By, expected.At, expected.Kind), (actual.By, actual.At, actual.Kind));
        Assert.Equal(expected.Notes, actual.Notes);
    }
}
