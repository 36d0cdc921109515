using System.Diagnostics;
using AutoRemediate.Storage;
using AutoRemediate.Testing.Azurite;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AutoRemediate.Benchmarks.EngineV2;

/// <summary>
/// Figures for the Server host's engine (DurableTask.Core + DurableTask.AzureStorage, through the shims and the thin
/// client) against a private Azurite: what the queue polling interval costs idle and buys in latency, the
/// schedule→first-activity latency, throughput, and storage requests per activity step.
/// </summary>
internal static class EngineV2Bench
{
    private const int Partitions = 4;

    public static async Task<int> RunAsync(bool quick)
    {
        var intervals = quick ? new[] { 0.5, 1, 2 } : new[] { 0.25, 0.5, 1, 2, 5 };
        var (idleRuns, instances, idleWindow) = quick ? (5, 100, TimeSpan.FromSeconds(10)) : (10, 500, TimeSpan.FromSeconds(20));
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            Console.WriteLine($"engine-v2: Azurite on 127.0.0.1, {Environment.ProcessorCount} cores, {Partitions} partitions");
            var (roundTrip, _) = await new RawStorageBench(StorageClientFactory.FromConnectionString(azurite.ConnectionString), quick ? 50 : 200).RunAsync();
            Console.WriteLine();
            Console.WriteLine("| max queue polling interval | idle storage requests / min | schedule -> first activity, p50 / p99 (idle hub) |");
            Console.WriteLine("|---|---|---|");
            foreach (var seconds in intervals)
            {
                await using var engine = await EngineV2Engine.StartAsync(azurite.ConnectionString, TimeSpan.FromSeconds(seconds), Partitions);
                var idle = await IdleRequestsPerMinuteAsync(engine, idleWindow);
                var latency = await IdleLatencyAsync(engine, idleRuns, TimeSpan.FromSeconds(seconds * 2));
                Console.WriteLine($"| {seconds} s | {idle:0} | {latency.Median:0} / {latency.P99:0} ms |");
            }

            await using var busy = await EngineV2Engine.StartAsync(azurite.ConnectionString, TimeSpan.FromSeconds(1), Partitions);
            var (perSecond, requestsPerStep) = await ThroughputAsync(busy, instances);
            Console.WriteLine();
            Console.WriteLine("| figure (1 s polling) | value | baseline |");
            Console.WriteLine("|---|---|---|");
            Console.WriteLine($"| Azurite point-read round trip, p50 / p99 | {roundTrip.Median:0.00} / {roundTrip.P99:0.00} ms | 1 |");
            Console.WriteLine($"| orchestrations (3 activities) completed per second, {instances} at once | {perSecond:0.0} /s | |");
            Console.WriteLine($"| storage requests per activity step | {requestsPerStep:0.0} | |");
        }
        finally
        {
            await azurite.DisposeAsync();
        }

        return 0;
    }

    private static async Task<double> IdleRequestsPerMinuteAsync(EngineV2Engine engine, TimeSpan window)
    {
        // Let the pollers back off to their longest interval first.
        await Task.Delay(window);
        var before = engine.Requests.Count;
        await Task.Delay(window);
        return (engine.Requests.Count - before) / window.TotalMinutes;
    }

    private static async Task<Distribution> IdleLatencyAsync(EngineV2Engine engine, int runs, TimeSpan settle)
    {
        var samples = new List<double>(runs);
        for (var run = 0; run < runs; run++)
        {
            await Task.Delay(settle + TimeSpan.FromSeconds(1));
            var started = Stopwatch.GetTimestamp();
            var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeStepOrchestrator));
            var firstStep = await engine.Times.FirstStepAsync(id, CancellationToken.None);
            samples.Add(Stopwatch.GetElapsedTime(started, firstStep).TotalMilliseconds);
            await engine.Client.WaitForInstanceCompletionAsync(id);
        }

        return Distribution.Of(samples);
    }

    private static async Task<(double PerSecond, double RequestsPerStep)> ThroughputAsync(EngineV2Engine engine, int instances)
    {
        var before = engine.Requests.Count;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, instances).Select(_ => engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeStepOrchestrator))));

        // One query a quarter second rather than one status read per instance, so the count stays the engine's own.
        var completed = new OrchestrationQuery(Statuses: [OrchestrationRuntimeStatus.Completed], PageSize: 1000);
        while (await CountAsync(engine.Client.GetAllInstancesAsync(completed)) < instances)
        {
            await Task.Delay(250);
        }

        var elapsed = clock.Elapsed;
        return (instances / elapsed.TotalSeconds, (engine.Requests.Count - before) / (instances * 3.0));
    }

    // Counted by hand: System.Linq.Async (brought in by the Durable Task packages) and .NET 10 both define CountAsync.
    private static async Task<int> CountAsync(IAsyncEnumerable<OrchestrationMetadata> instances)
    {
        var count = 0;
        await foreach (var _ in instances)
        {
            count++;
        }

        return count;
    }
}
