using AutoRemediate.Functions.Engine;
using System.Collections.Concurrent;
using AutoRemediate.Azure;
using AutoRemediate.AzureFakes;
using AutoRemediate.AzureFakes.Server;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using AutoRemediate.Runbooks;
using AutoRemediate.Runbooks.Hosting;
using AutoRemediate.Server.Engine;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AutoRemediate.Functions.Tests.Runbooks;

/// <summary>The real engine (DurableTask.AzureStorage on Azurite, a task hub of its own) with the coded runbooks, a fake Azure and any settings.</summary>
internal sealed class RunbookEngineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;

    private RunbookEngineHost(ServiceProvider services)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public ConcurrentQueue<RunbookStep> Steps => _services.GetRequiredService<ConcurrentQueue<RunbookStep>>();

    public static async Task<RunbookEngineHost> StartAsync(
        AzuriteFixture azurite, FakeAzureServer? azure = null, IReadOnlyDictionary<string, string?>? settings = null, Action<DurableTasksBuilder>? addRunbooks = null)
    {
        var values = new Dictionary<string, string?>(azure?.Settings() ?? new Dictionary<string, string?>())
        {
            [$"{DurableEngineOptions.SectionName}:ConnectionString"] = azurite.ConnectionString,
            [$"{DurableEngineOptions.SectionName}:TaskHub"] = "runbook" + Guid.NewGuid().ToString("N")[..12],
            [$"{DurableEngineOptions.SectionName}:LeaseAcquireInterval"] = "00:00:00.500",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        if (azure is not null)
        {
            services.AddAzureActuators(configuration.GetSection("Azure"), s => { s.Credential = new FakeTokenCredential(); s.Transport = azure.CreateTransport(); });
        }

        services.AddSingleton(new ConcurrentQueue<RunbookStep>());
        services.AddSingleton<IConfiguration>(configuration);
        var engine = services.AddDurableTasks()
            .AddRunbooks(configuration)
            .AddOrchestrator<RunbookTestOrchestrator>(RunbookTestOrchestrator.Name)
            .AddActivity<RecordingJournalActivity>(RecordingJournalActivity.Name);
        addRunbooks?.Invoke(engine);
        services.AddAppEngine(configuration).AddWorker();
        var bed = new RunbookEngineHost(services.BuildServiceProvider());
        foreach (var hosted in bed._hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return bed;
    }

    public async Task<RunbookResult> RunAsync(RunbookInput input)
    {
        var client = _services.GetRequiredService<DurableTaskClient>();
        await client.ScheduleNewOrchestrationInstanceAsync(RunbookTestOrchestrator.Name, input, new StartOrchestrationOptions(input.RemediationId));
        var done = await client.WaitForInstanceCompletionAsync(input.RemediationId, TimeSpan.FromSeconds(60));
        var final = await client.GetInstanceAsync(done.InstanceId, getInputsAndOutputs: true);
        return final?.ReadOutputAs<RunbookResult>() ?? throw new InvalidOperationException($"{input.RemediationId} ended {final?.RuntimeStatus}: {final?.FailureDetails}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}
