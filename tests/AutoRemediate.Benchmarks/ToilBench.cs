using System.Diagnostics;
using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Toil;
using Azure.Data.Tables;

namespace AutoRemediate.Benchmarks;

/// <summary>
/// A 30-day toil report over a seeded ledger: seeds <c>rows</c> occurrences spread evenly over 30 day partitions
/// with 100-row entity-group transactions (8 in flight), then computes the report through the real ledger store and
/// report builder, all through the Azure Tables SDK, sampling managed memory and the process working set while it runs.
/// Then it rolls the seeded days up (one re-roll per day, as the closing re-roll does) and times the same report from
/// the day rollups <see cref="RollupRuns"/> times, checking it against the report over the rows.
/// </summary>
internal sealed class ToilBench(TableServiceClient tables, int rows)
{
    private const int BatchSize = 100;
    private const int BatchesInFlight = 8;
    private const int RollupRuns = 7;
    private static readonly ToilOutcome[] Outcomes = Enum.GetValues<ToilOutcome>();
    private static readonly int[] OutcomeWeights = [40, 10, 10, 5, 15, 7, 3, 10];

    public static readonly ToilWindow Window = ToilWindow.ThirtyDays(new DateOnly(2026, 11, 20));
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 21, 7, 0, 0, TimeSpan.Zero);

    public async Task<ToilFigures> RunAsync()
    {
        var table = tables.GetTableClient("toilbench" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var seeding = Stopwatch.StartNew();
        await SeedAsync(table);
        seeding.Stop();
        Console.WriteLine($"toil: seeded {rows:N0} ledger rows in {seeding.Elapsed.TotalSeconds:0.0} s ({rows / seeding.Elapsed.TotalSeconds:0} rows/s)");

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var sampler = new MemorySampler();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var reporting = Stopwatch.StartNew();
        var report = await ToilReportBuilder.ComputeAsync(
            ToilStoreRegistration.CreateLedger(tables, table.Name), Window, ToilReportSettings.Defaults, GeneratedAt, CancellationToken.None);
        reporting.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var (peakManaged, peakWorkingSet) = await sampler.StopAsync();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var rollups = await FromRollupsAsync(table.Name, report);
        await table.DeleteAsync();

        var arithmetic = Stopwatch.StartNew();
        var unstored = ComputeWithoutStorage();
        arithmetic.Stop();
        return new ToilFigures(
            rows, seeding.Elapsed, reporting.Elapsed, cpu, report.Occurrences.Total, baseline, peakManaged, peakWorkingSet, allocated, report,
            arithmetic.Elapsed, SameFigures(report, unstored), rollups);
    }

    /// <summary>Rolls every day of the window up, then times the report from the rollups and compares it with <paramref name="fromRows"/>.</summary>
    private async Task<ToilRollupFigures> FromRollupsAsync(string tableName, ToilReport fromRows)
    {
        var rollups = ToilStoreRegistration.CreateRollups(tables, tableName);
        var ledger = ToilStoreRegistration.CreateLedger(tables, tableName);
        var rollingUp = Stopwatch.StartNew();
        for (var day = DateOnly.FromDateTime(Window.Start.UtcDateTime); day < DateOnly.FromDateTime(Window.End.UtcDateTime); day = day.AddDays(1))
        {
            await rollups.RerollDayAsync(day, CancellationToken.None);
        }

        rollingUp.Stop();
        Console.WriteLine($"toil: rolled the {Window.Id} days up in {rollingUp.Elapsed.TotalSeconds:0.0} s");
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var sampler = new MemorySampler();
        var times = new List<double>();
        ToilReport? report = null;
        for (var run = 0; run < RollupRuns; run++)
        {
            var timer = Stopwatch.StartNew();
            report = await ToilReportBuilder.ComputeFromRollupsAsync(rollups, ledger, Window, ToilReportSettings.Defaults, GeneratedAt, CancellationToken.None);
            times.Add(timer.Elapsed.TotalMilliseconds);
        }

        var (peakManaged, peakWorkingSet) = await sampler.StopAsync();
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / RollupRuns;
        return new ToilRollupFigures(rollingUp.Elapsed, times, peakManaged, peakWorkingSet, allocated, report!, Agree(fromRows, report!));
    }

    /// <summary>Every figure equal as JSON but the duration stats, which must agree within the sketch's bound.</summary>
    private static bool Agree(ToilReport fromRows, ToilReport fromRollups)
    {
        static ToilReport WithoutDurations(ToilReport r) =>
            r with { AutomatedTimeToRemediate = DurationStats.Empty, ManualTimeToRemediate = DurationStats.Empty, ApprovalLatency = DurationStats.Empty };

        var durations = fromRollups.AutomatedTimeToRemediate.IsWithinSketchBound(fromRows.AutomatedTimeToRemediate)
            && fromRollups.ManualTimeToRemediate.IsWithinSketchBound(fromRows.ManualTimeToRemediate)
            && fromRollups.ApprovalLatency.IsWithinSketchBound(fromRows.ApprovalLatency);
        return durations && SameFigures(WithoutDurations(fromRows), WithoutDurations(fromRollups));
    }

    /// <summary>The same rows straight into the builder: the report's own arithmetic, and the answer storage must reproduce.</summary>
    private ToilReport ComputeWithoutStorage()
    {
        var builder = new ToilReportBuilder(Window, ToilReportSettings.Defaults);
        foreach (var occurrence in Occurrences())
        {
            builder.Add(occurrence);
        }

        return builder.Build(GeneratedAt);
    }

    /// <summary>Equal as JSON: the report read back from Azurite says exactly what the rows it was given say.</summary>
    private static bool SameFigures(ToilReport stored, ToilReport unstored) =>
        System.Text.Json.JsonSerializer.Serialize(stored) == System.Text.Json.JsonSerializer.Serialize(unstored);

    private Task SeedAsync(TableClient table) =>
        Parallel.ForEachAsync(Batches(), new ParallelOptions { MaxDegreeOfParallelism = BatchesInFlight }, async (batch, ct) =>
            await table.SubmitTransactionAsync(batch, ct));

    /// <summary>Generated as they are sent (the loop pulls one at a time), so seeding never holds the whole ledger.</summary>
    private IEnumerable<IReadOnlyList<TableTransactionAction>> Batches()
    {
        var batch = new List<TableTransactionAction>(BatchSize);
        foreach (var entity in Occurrences().Select(ToilLedgerRows.Occurrence))
        {
            // A transaction is one partition's: a day's last rows go alone rather than share a batch with the next day.
            if (batch.Count == BatchSize || (batch.Count > 0 && batch[0].Entity.PartitionKey != entity.PartitionKey))
            {
                yield return batch;
                batch = new List<TableTransactionAction>(BatchSize);
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The same <c>rows</c> occurrences on every call (fixed seed), day by day, so a batch never spans two partitions.</summary>
    private IEnumerable<ToilOccurrence> Occurrences()
    {
        var random = new Random(42);
        var perDay = (rows + 29) / 30;
        for (var day = 0; day < 30; day++)
        {
            var start = Window.Start.AddDays(day);
            var count = Math.Clamp(rows - (day * perDay), 0, perDay);
            for (var i = 0; i < count; i++)
            {
                yield return Occurrence(random, start, day, i);
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
