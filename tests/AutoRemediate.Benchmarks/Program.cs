using System.Globalization;
using AutoRemediate.Benchmarks;
using AutoRemediate.Benchmarks.Storm;
using AutoRemediate.Storage;
using AutoRemediate.Testing.Azurite;

// Engine figures on this machine against a private Azurite, with Azurite's own floor measured in the same run.
// Usage: dotnet run -c Release --project tests/AutoRemediate.Benchmarks [-- --quick]
//        dotnet run -c Release --project tests/AutoRemediate.Benchmarks -- toil [--quick | --rows N]
//        dotnet run -c Release --project tests/AutoRemediate.Benchmarks -- engine-v2 [--quick]
//        dotnet run -c Release --project tests/AutoRemediate.Benchmarks -- storm [--quick] [--alerts N] [--backlog N]
var quick = args.Contains("--quick");
if (args is ["toil", ..])
{
    return await ToilBenchProgram.RunAsync(args, quick);
}

if (args is ["engine-v2", ..])
{
    return await AutoRemediate.Benchmarks.EngineV2.EngineV2Bench.RunAsync(quick);
}

if (args is ["storm", ..])
{
    return await StormBenchProgram.RunAsync(args, quick);
}

var (samples, instances, concurrency) = quick ? (50, 100, 8) : (200, 500, 8);
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var azurite = new AzuriteFixture();
await azurite.InitializeAsync();
try
{
    Console.WriteLine($"bench: Azurite on 127.0.0.1:{azurite.TablePort}/{azurite.QueuePort}, {Environment.ProcessorCount} cores, worker concurrency {concurrency}");
    var storage = StorageClientFactory.FromConnectionString(azurite.ConnectionString);
    var (roundTrip, commitsPerSecond) = await new RawStorageBench(storage, samples).RunAsync();
    var engine = await new EngineBench(azurite.ConnectionString, concurrency).RunAsync(samples, instances);

    Console.WriteLine();
    Console.WriteLine("| figure | value | ratio to Azurite |");
    Console.WriteLine("|---|---|---|");
    Console.WriteLine($"| Azurite point-read round trip, p50 / p99 | {roundTrip.Median:0.00} / {roundTrip.P99:0.00} ms | 1 |");
    Console.WriteLine($"| Azurite entity-group commits (4 rows) per second, sequential | {commitsPerSecond:0} /s | 1 |");
    Console.WriteLine($"| schedule -> first activity start, p50 ({engine.ScheduleToFirstActivityMs.Count} idle runs) | {engine.ScheduleToFirstActivityMs.Median:0.00} ms | {engine.ScheduleToFirstActivityMs.Median / roundTrip.Median:0.0} x round trip |");
    Console.WriteLine($"| schedule -> first activity start, p99 | {engine.ScheduleToFirstActivityMs.P99:0.00} ms | {engine.ScheduleToFirstActivityMs.P99 / roundTrip.Median:0.0} x round trip |");
    Console.WriteLine($"| orchestrations (3 activities) completed per second, {instances} at once | {engine.OrchestrationsPerSecond:0.0} /s | {engine.OrchestrationsPerSecond / commitsPerSecond:0.000} x commit rate |");
    Console.WriteLine($"| storage requests per activity step | {engine.RequestsPerActivityStep:0.0} | |");
    Console.WriteLine();
    Console.WriteLine("requests by operation during the throughput run:");
    foreach (var (operation, count) in engine.RequestsByOperation.OrderByDescending(p => p.Value))
    {
        Console.WriteLine($"  {operation,-24} {count,8}  ({count / (double)(instances * 3):0.00} per step)");
    }
}
finally
{
    await azurite.DisposeAsync();
}

return 0;
