using System.Diagnostics;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Benchmarks;

/// <summary>The floor the engine stands on: Azurite's own point-read latency and entity-group commit rate.</summary>
internal sealed class RawStorageBench(StorageClientFactory storage, int samples)
{
    public async Task<(Distribution RoundTripMs, double BatchCommitsPerSecond)> RunAsync()
    {
        var table = storage.GetTableClient("rawbench" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = "x" });

        var roundTrips = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            _ = await table.GetEntityAsync("p", "r");
            roundTrips.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        // A commit shaped like an engine checkpoint: the state row plus three history rows, one partition.
        var commits = Stopwatch.StartNew();
        for (var i = 0; i < samples; i++)
        {
            var partition = $"i{i:D6}";
            await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, "~state") { ["Status"] = "Running" }),
                .. Enumerable.Range(0, 3).Select(seq => new TableTransactionAction(
                    TableTransactionActionType.UpsertReplace, new TableEntity(partition, $"h{seq:X16}") { ["Payload"] = "{}" })),
            ]);
        }

        return (Distribution.Of(roundTrips), samples / commits.Elapsed.TotalSeconds);
    }
}
