using AutoRemediate.Server.Engine;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Benchmarks.EngineV2;

/// <summary>The Server host's engine on a fresh task hub, its storage clients counting every request.</summary>
internal sealed class EngineV2Engine : IAsyncDisposable
{
    private readonly IHost _host;

    private EngineV2Engine(IHost host, RequestCounter requests) => (_host, Requests) = (host, requests);

    public RequestCounter Requests { get; }

    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    public StepTimes Times => _host.Services.GetRequiredService<StepTimes>();

    public static async Task<EngineV2Engine> StartAsync(string connectionString, TimeSpan pollingInterval, int partitions)
    {
        var requests = new RequestCounter();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Durable:ConnectionString"] = connectionString,
            ["Durable:TaskHub"] = "bench" + Guid.NewGuid().ToString("N")[..12],
            ["Durable:PartitionCount"] = partitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Durable:MaxQueuePollingInterval"] = pollingInterval.ToString(),
        });
        builder.Services.AddSingleton<StepTimes>();
        builder.Services.AddDurableEngine(tasks => tasks.AddOrchestrator<ThreeStepOrchestrator>().AddActivity<StepActivity>());
        builder.Services.AddSingleton(provider => new EngineBackend(
            provider.GetRequiredService<IOptions<DurableEngineOptions>>().Value, Counting(connectionString, requests), NullLoggerFactory.Instance));
        var host = builder.Build();
        await host.StartAsync();
        return new EngineV2Engine(host, requests);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static StorageAccountClientProvider Counting(string connectionString, RequestCounter requests)
    {
        var blob = new BlobClientOptions();
        var queue = new QueueClientOptions();
        var table = new TableClientOptions();
        foreach (ClientOptions options in new ClientOptions[] { blob, queue, table })
        {
            options.AddPolicy(requests, HttpPipelinePosition.PerRetry);
        }

        return new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(connectionString, blob),
            StorageServiceClientProvider.ForQueue(connectionString, queue),
            StorageServiceClientProvider.ForTable(connectionString, table));
    }
}
