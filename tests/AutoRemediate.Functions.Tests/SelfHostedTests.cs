using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.SelfCheck;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests;

/// <summary>The default mode: the app's own worker polls the work queue.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SelfHostedTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Self_hosted_worker_runs_the_engine_self_check()
    {
        await using var app = AppFactory.SelfHosted(azurite);
        _ = app.Server; // starts the host and its worker
        var id = await SelfCheckDriver.StartAsync(app.Client);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await SelfCheckDriver.AdvanceAsync(app.Client, id))
        {
            await Task.Delay(100, deadline.Token);
        }

        var final = await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, final!.RuntimeStatus);
        var result = final.ReadOutputAs<SelfCheckResult>()!;
        Assert.True(result.EventReceived);
        Assert.Equal([1, 2, 3, 4], result.Probes.Select(p => p.Probe).Order());
    }

    [Fact]
    public void Bad_custom_handler_port_stops_start_up_with_the_setting_named()
    {
        using var app = new AppFactory(azurite.ConnectionString, customHandlerPort: 0);

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains("FUNCTIONS_CUSTOMHANDLER_PORT", error.ToString(), StringComparison.Ordinal);
    }
}
