using AutoRemediate.Durable.Client;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support.Tasks;
using AutoRemediate.Durable.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace AutoRemediate.Durable.Tests.Support;

/// <summary>A real host running the engine (worker and sweeper) against given stores, tuned for fast tests.</summary>
public sealed class EngineHost : IAsyncDisposable
{
    private readonly IHost host;
    private bool started;

    private EngineHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public DurableTaskClient Client => host.Services.GetRequiredService<DurableTaskClient>();

    public TurnLedger Ledger => host.Services.GetRequiredService<TurnLedger>();

    public string WorkerId => host.Services.GetRequiredService<WorkerIdentity>().Id;

    /// <summary>Builds (does not start) a host; <paramref name="register"/> replaces the default task registrations.</summary>
    public static EngineHost Create(
        EngineStores stores,
        TestProbe probe,
        ITestOutputHelper? output = null,
        Action<DurableEngineOptions>? options = null,
        Action<DurableEngineBuilder>? register = null,
        TurnLedger? ledger = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging(logging =>
        {
            if (output is not null)
            {
                logging.AddProvider(new XunitLoggerProvider(output));
            }
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton(stores.Store);
        builder.Services.AddSingleton(stores.Queue);
        builder.Services.AddSingleton(probe);
        var theLedger = ledger ?? new TurnLedger();
        builder.Services.AddSingleton(theLedger);
        builder.Services.AddSingleton<IOrchestrationTurnObserver>(theLedger);
        var engine = builder.Services.AddDurableEngine(o =>
        {
            o.MinPollingInterval = TimeSpan.FromMilliseconds(5);
            o.MaxPollingInterval = TimeSpan.FromMilliseconds(50);
            o.BusyInstanceRetryDelay = TimeSpan.FromMilliseconds(50);
            o.MissingInstanceRetryDelay = TimeSpan.FromMilliseconds(100);
            o.LeaseDuration = TimeSpan.FromSeconds(5);
            o.MessageVisibilityTimeout = TimeSpan.FromSeconds(5);
            options?.Invoke(o);
        }).AddWorker();
        (register ?? TestTasks.RegisterAll)(engine);
        return new EngineHost(builder.Build());
    }

    public static async Task<EngineHost> StartAsync(
        EngineStores stores,
        TestProbe probe,
        ITestOutputHelper? output = null,
        Action<DurableEngineOptions>? options = null,
        Action<DurableEngineBuilder>? register = null,
        TurnLedger? ledger = null)
    {
        var engine = Create(stores, probe, output, options, register, ledger);
        await engine.StartAsync();
        return engine;
    }

    public async Task StartAsync()
    {
        await host.StartAsync();
        started = true;
    }

    public async Task StopAsync()
    {
        if (started)
        {
            started = false;
            await host.StopAsync();
        }
    }

    /// <summary>Schedules and waits for completion.</summary>
    public async Task<OrchestrationMetadata> RunAsync(string orchestrator, object? input = null, string? instanceId = null, TimeSpan? timeout = null)
    {
        var scheduled = await Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, instanceId);
        return await Client.WaitForInstanceCompletionAsync(scheduled.InstanceId, timeout ?? Eventually.DefaultTimeout);
    }

    /// <summary>Waits until the instance's custom status deserialises to <paramref name="expected"/>.</summary>
    public Task WaitForCustomStatusAsync<T>(string instanceId, T expected) =>
        Eventually.TrueAsync(
            async () => await Client.GetInstanceAsync(instanceId) is { } m && Equals(m.ReadCustomStatusAs<T>(), expected),
            $"instance {instanceId} reports custom status {expected}");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        host.Dispose();
    }
}
