using System.Diagnostics;
using AutoRemediate.Durable;
using AutoRemediate.Durable.Client;
using AutoRemediate.Durable.Worker;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Durable;
using AutoRemediate.Storage.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Benchmarks;

/// <summary>The engine on Azure Storage (Azurite), one in-process worker, measured from the client's side.</summary>
internal sealed class EngineBench(string connectionString, int concurrency)
{
    public async Task<EngineFigures> RunAsync(int latencySamples, int throughputInstances)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<StepRecorder>();
        builder.Services.AddSingleton<IOrchestrationTurnObserver>(sp => sp.GetRequiredService<StepRecorder>());
        builder.Services.AddAzureStorageClients(options => options.ConnectionString = connectionString);
        builder.Services.AddDurableEngine(options => options.MaxConcurrentWorkItems = concurrency)
            .UseAzureStorage("bench" + Guid.NewGuid().ToString("N")[..8])
            .AddOrchestrator<BenchOrchestrator>(BenchOrchestrator.Name)
            .AddActivity<BenchStepActivity>(BenchStepActivity.Name)
            .AddWorker();
        using var host = builder.Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        var recorder = host.Services.GetRequiredService<StepRecorder>();
        var counter = host.Services.GetRequiredService<StorageRequestCounter>();

        // Warm-up: creates the table and queue and JITs the paths, outside the measurements.
        await RunOneAsync(client, recorder, "warmup");

        var latencies = new List<double>(latencySamples);
        for (var i = 0; i < latencySamples; i++)
        {
            latencies.Add(await RunOneAsync(client, recorder, $"latency-{i:D4}"));
        }

        counter.Reset();
        var ids = Enumerable.Range(0, throughputInstances).Select(i => $"load-{i:D5}").ToList();
        var elapsed = Stopwatch.StartNew();
        await Task.WhenAll(ids.Select(id => client.ScheduleNewOrchestrationInstanceAsync(BenchOrchestrator.Name, 0, id)));
        await Task.WhenAll(ids.Select(id => recorder.Completion(id))).WaitAsync(TimeSpan.FromMinutes(5));
        elapsed.Stop();
        var requests = counter.Total;

        await host.StopAsync();
        return new EngineFigures(
            Distribution.Of(latencies),
            throughputInstances / elapsed.Elapsed.TotalSeconds,
            requests / (double)(throughputInstances * 3),
            counter.Snapshot());
    }

    /// <summary>Schedules one instance on an idle engine; returns ms from the schedule call to its first activity.</summary>
    private static async Task<double> RunOneAsync(DurableTaskClient client, StepRecorder recorder, string instanceId)
    {
        var scheduled = Stopwatch.GetTimestamp();
        await client.ScheduleNewOrchestrationInstanceAsync(BenchOrchestrator.Name, 0, instanceId);
        var firstStart = await recorder.FirstStart(instanceId).WaitAsync(TimeSpan.FromMinutes(1));
        await recorder.Completion(instanceId).WaitAsync(TimeSpan.FromMinutes(1));
        return Stopwatch.GetElapsedTime(scheduled, firstStart).TotalMilliseconds;
    }
}
