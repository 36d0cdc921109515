using AutoRemediate.Server.Engine;
using AutoRemediate.Server.Tests.Support.Tasks;
using AutoRemediate.Testing.Azurite;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace AutoRemediate.Server.Tests.Support;

/// <summary>
/// A started host running the engine on its own task hub in the shared Azurite, with every test task registered;
/// disposing stops the worker, so nothing keeps polling Azurite after the test.
/// </summary>
internal sealed class TestEngine : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly IHost _host;

    private TestEngine(IHost host) => _host = host;

    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    public ActivitySink Sink => _host.Services.GetRequiredService<ActivitySink>();

    public string TaskHub { get; private init; } = string.Empty;

    /// <summary>Cancels a wait that would otherwise hang a broken test.</summary>
    public static CancellationToken Timeout => new CancellationTokenSource(Patience).Token;

    public static async Task<TestEngine> StartAsync(AzuriteFixture azurite, ITestOutputHelper output, Action<DurableEngineBuilder>? configure = null)
    {
        var hub = "srv" + Guid.NewGuid().ToString("N")[..16];
        var host = Build(output, new Dictionary<string, string?>
        {
            ["Durable:ConnectionString"] = azurite.ConnectionString,
            ["Durable:TaskHub"] = hub,
            ["Durable:PartitionCount"] = "1",
            ["Durable:MaxQueuePollingInterval"] = "00:00:00.100",
        }, configure);
        await host.StartAsync();
        return new TestEngine(host) { TaskHub = hub };
    }

    /// <summary>A host with the engine and the test tasks, configured from <paramref name="settings"/>; not started.</summary>
    public static IHost Build(ITestOutputHelper output, IDictionary<string, string?> settings, Action<DurableEngineBuilder>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(new XunitLoggerProvider(output));
        builder.Services.AddSingleton<ActivitySink>();
        builder.Services.AddDurableEngine(tasks => tasks
            .AddOrchestrator<ScenarioOrchestrator>()
            .AddOrchestrator<TimerOrchestrator>()
            .AddOrchestrator<CountOnceOrchestrator>()
            .AddOrchestrator<EchoOrchestrator>()
            .AddOrchestrator<WaitForeverOrchestrator>()
            .AddActivity<EchoActivity>()
            .AddActivity<SquareActivity>()
            .AddActivity<CountActivity>()
            .AddActivity<EchoApprovalActivity>());
        configure?.Invoke(builder.Services.AddDurableEngine());
        return builder.Build();
    }

    public async Task<OrchestrationMetadata> RunAsync(string orchestrator, object? input, string? instanceId = null)
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId));
        return await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
