using System.Diagnostics;
using AutoRemediate.Core.Toil;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Storage.Toil;

namespace AutoRemediate.Benchmarks;

/// <summary>
/// A 30-day toil report over a seeded ledger: seeds <c>rows</c> occurrences spread evenly over 30 day partitions
/// with 100-row entity-group transactions (8 in flight), then computes the report through the real ledger store and
/// report builder, sampling managed memory and the process working set while it runs.
/// </summary>
internal sealed class ToilBench(StorageClientFactory storage, int rows)
{
    private const int BatchSize = 100;
    private const int BatchesInFlight = 8;
    private static readonly ToilOutcome[] Outcomes = Enum.GetValues<ToilOutcome>();
    private static readonly int[] OutcomeWeights = [40, 10, 10, 5, 15, 7, 3, 10];

    public static readonly ToilWindow Window = ToilWindow.ThirtyDays(new DateOnly(2026, 11, 20));

    public async Task<ToilFigures> RunAsync()
    {
        var table = storage.GetTableClient("toilbench" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var seeding = Stopwatch.StartNew();
        await SeedAsync(table);
        seeding.Stop();
        Console.WriteLine($"toil: seeded {rows:N0} ledger rows in {seeding.Elapsed.TotalSeconds:0.0} s ({rows / seeding.Elapsed.TotalSeconds:0} rows/s)");

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var sampler = new MemorySampler();
        var reporting = Stopwatch.StartNew();
        var report = await ToilReportBuilder.ComputeAsync(
            ToilStoreRegistration.CreateLedger(storage, table.Name), Window, ToilReportSettings.Defaults, DateTimeOffset.UtcNow, CancellationToken.None);
        reporting.Stop();
        var (peakManaged, peakWorkingSet) = await sampler.StopAsync();
        await table.DeleteAsync();
        return new ToilFigures(
            rows, seeding.Elapsed, reporting.Elapsed, report.Occurrences.Total, baseline, peakManaged, peakWorkingSet,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, report);
    }

    private Task SeedAsync(TableClient table) =>
        Parallel.ForEachAsync(Batches(), new ParallelOptions { MaxDegreeOfParallelism = BatchesInFlight }, async (batch, ct) =>
            await table.SubmitTransactionAsync(batch, ct));

    /// <summary>Generated as they are sent (the loop pulls one at a time), so seeding never holds the whole ledger.</summary>
    private IEnumerable<IReadOnlyList<TableTransactionAction>> Batches()
    {
        var random = new Random(42);
        var perDay = (rows + 29) / 30;
        for (var day = 0; day < 30; day++)
        {
            var start = Window.Start.AddDays(day);
            var count = Math.Clamp(rows - (day * perDay), 0, perDay);
            for (var first = 0; first < count; first += BatchSize)
            {
                yield return [.. Enumerable.Range(first, Math.Min(BatchSize, count - first)).Select(i =>
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToilLedgerRows.Occurrence(Occurrence(random, start, day, i))))];
            }
        }
    }

    private static ToilOccurrence Occurrence(Random random, DateTimeOffset dayStart, int day, int index)
    {
        var outcome = Pick(random);
        var rule = random.Next(200);
        var unmatched = outcome == ToilOutcome.Unmatched;
        var at = dayStart.AddSeconds(random.Next(86_400));
        return new ToilOccurrence
        {
            OccurrenceId = $"bench-{day:D2}-{index:D7}",
            RemediationId = $"bench-{day:D2}-{index:D7}",
            OccurredAt = at,
            EndedAt = at.AddSeconds(30 + random.Next(1_800)),
            Outcome = outcome,
            RuleName = $"rule-{rule:D3}",
            AlertSource = "AzureMonitor",
            Severity = rule % 5,
            BindingId = unmatched ? null : $"binding-{rule:D3}",
            BindingVersion = unmatched ? null : 1,
            Runbook = unmatched ? null : $"runbook-{rule % 20:D2}",
            Target = $"/subscriptions/bench/resourceGroups/rg/providers/Microsoft.Web/sites/site-{rule:D3}",
            ManualEffortMinutes = unmatched ? null : 5 + (rule % 12) * 5,
            HumanMinutes = outcome == ToilOutcome.RemediatedAfterApproval ? random.Next(1, 6) : 0,
            ApprovalRequestedAt = outcome == ToilOutcome.RemediatedAfterApproval ? at.AddSeconds(5) : null,
            ApprovalDecidedAt = outcome == ToilOutcome.RemediatedAfterApproval ? at.AddSeconds(5 + random.Next(60, 3_600)) : null,
            ResolvedAt = outcome is ToilOutcome.Escalated or ToilOutcome.Failed ? at.AddMinutes(random.Next(10, 240)) : null,
            Reason = "benchmark",
        };
    }

    private static ToilOutcome Pick(Random random)
    {
        var roll = random.Next(100);
        for (var i = 0; i < Outcomes.Length; i++)
        {
            roll -= OutcomeWeights[i];
            if (roll < 0)
            {
                return Outcomes[i];
            }
        }

        return Outcomes[^1];
    }
}
