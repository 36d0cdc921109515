using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Storage.Toil;
using AutoRemediate.Testing.Azurite;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Tests.Toil;

/// <summary>
/// The ledger's day rollups on a real Azurite: kept in step by every write, by two writers at once, through retries,
/// rewrites, late rows and rows that landed without their rollup.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableToilRollupsTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Rows_in_random_order_with_duplicates_rewrites_and_late_rows_from_two_writers_leave_rollups_equal_to_their_rows(int seed)
    {
        var (tables, name) = NewLedger();
        IToilLedger[] writers = [ToilStoreRegistration.CreateLedger(tables, name), ToilStoreRegistration.CreateLedger(tables, name)];
        var rollups = ToilStoreRegistration.CreateRollups(tables, name);
        var random = new Random(seed);
        var days = new[] { Day, Day.AddDays(1), Day.AddDays(2) };
        var rows = Enumerable.Range(0, 150).Select(i => RandomOccurrence(random, days[random.Next(days.Length)], $"o{i}")).ToList();
        var resolved = rows.Where(_ => random.Next(3) == 0).Select(o => (o, At: o.OccurredAt.AddHours(2))).ToList();

        // Every row once and a third of them again (retried activities, on either host), in random order; then the
        // resolutions, racing more retried rewrites that must keep them.
        Func<IToilLedger, Task> Record(ToilOccurrence o) => l => l.RecordAsync(o, default);
        // Re-rolls of every day (a closing day, a report finding a stale rollup) race the writes too.
        var rerolls = Enumerable.Repeat(days, 4).SelectMany(d => d).Select(d => (Func<IToilLedger, Task>)(_ => rollups.RerollDayAsync(d, default)));
        await WriteAsync(writers, [.. rows.Select(Record).Concat(rows.Where(_ => random.Next(3) == 0).Select(Record)).Concat(rerolls).OrderBy(_ => random.Next())]);
        await WriteAsync(writers, [
            .. resolved.Select(r => (Func<IToilLedger, Task>)(l => l.MarkResolvedAsync(r.o.OccurrenceId, r.o.OccurredAt, r.At, default)))
                .Concat(rows.Where(_ => random.Next(3) == 0).Select(Record)).OrderBy(_ => random.Next()),
        ]);
        // The first day closes, then late rows for it arrive.
        await rollups.RerollDayAsync(Day, default);
        var late = Enumerable.Range(0, 10).Select(i => RandomOccurrence(random, Day, $"late{i}")).ToList();
        await WriteAsync(writers, [.. late.Select(Record)]);

        foreach (var day in days)
        {
            var stored = await rollups.ReadStoredDayAsync(day, default);
            var fromRows = await RecomputeAsync(writers[0], day);
            Assert.NotNull(stored);
            Assert.Empty(stored.DifferencesFrom(fromRows));
            // And the rows are what was written: each occurrence once, resolved ones with their resolution.
            var expected = Rollup(rows.Concat(late).Where(o => DateOnly.FromDateTime(o.OccurredAt.UtcDateTime) == day)
                .Select(o => resolved.FirstOrDefault(r => r.o == o) is { o: not null } r && o.ResolvedAt is null ? o with { ResolvedAt = r.At } : o));
            Assert.Empty(fromRows.DifferencesFrom(expected));
        }
    }

    [Fact]
    public async Task Retried_write_after_a_crash_that_lost_the_reply_counts_the_row_once()
    {
        var (tables, name) = NewLedger();
        var ledger = ToilStoreRegistration.CreateLedger(tables, name);
        var row = Occurrence("o1", ToilOutcome.Failed);

        await ledger.RecordAsync(row, default);
        await ledger.RecordAsync(row, default);
        await ledger.MarkResolvedAsync("o1", At, At.AddMinutes(30), default);
        await ledger.MarkResolvedAsync("o1", At, At.AddMinutes(50), default);

        var stored = await ToilStoreRegistration.CreateRollups(tables, name).ReadStoredDayAsync(Day, default);
        Assert.Empty(stored!.DifferencesFrom(Rollup([row with { ResolvedAt = At.AddMinutes(30) }])));
    }

    [Fact]
    public async Task Row_that_landed_without_its_rollup_is_reported_by_verify_and_absorbed_by_the_closing_re_roll()
    {
        var (tables, name) = NewLedger();
        var ledger = ToilStoreRegistration.CreateLedger(tables, name);
        var rollups = ToilStoreRegistration.CreateRollups(tables, name);
        await ledger.RecordAsync(Occurrence("o1", ToilOutcome.AutoRemediated), default);
        // A host that stopped between its row and its rollup, or a version from before rollups: the row alone.
        await tables.GetTableClient(name).UpsertEntityAsync(RawRow(Occurrence("o2", ToilOutcome.Unmatched)));

        var beforeClose = (await rollups.ReadStoredDayAsync(Day, default))!.DifferencesFrom(await RecomputeAsync(ledger, Day));
        await rollups.RerollDayAsync(Day, default);

        Assert.Contains("rows: 1 here, 2 expected", beforeClose);
        Assert.Empty((await rollups.ReadStoredDayAsync(Day, default))!.DifferencesFrom(await RecomputeAsync(ledger, Day)));
    }

    [Fact]
    public async Task Day_whose_rows_have_no_rollup_yet_is_rolled_up_on_first_read_and_stored()
    {
        var (tables, name) = NewLedger();
        var rollups = ToilStoreRegistration.CreateRollups(tables, name);
        await tables.GetTableClient(name).UpsertEntityAsync(RawRow(Occurrence("o1", ToilOutcome.Escalated)));
        await tables.GetTableClient(name).UpsertEntityAsync(RawRow(Occurrence("o2", ToilOutcome.AutoRemediated)));
        Assert.Null(await rollups.ReadStoredDayAsync(Day, default));

        var read = await rollups.ReadDayAsync(Day, default);

        Assert.Equal(2, read.Rows);
        Assert.Empty((await rollups.ReadStoredDayAsync(Day, default))!.DifferencesFrom(read));
    }

    [Fact]
    public async Task First_write_to_a_day_of_older_rows_rolls_them_up_before_adding_its_own()
    {
        var (tables, name) = NewLedger();
        var ledger = ToilStoreRegistration.CreateLedger(tables, name);
        await tables.GetTableClient(name).UpsertEntityAsync(RawRow(Occurrence("old", ToilOutcome.Failed)));

        await ledger.RecordAsync(Occurrence("new", ToilOutcome.Failed), default);

        var stored = await ToilStoreRegistration.CreateRollups(tables, name).ReadStoredDayAsync(Day, default);
        Assert.Equal(2, stored!.Rows);
    }

    [Fact]
    public async Task Rollup_of_an_older_format_is_stale_and_re_rolled_on_read()
    {
        var (tables, name) = NewLedger();
        var ledger = ToilStoreRegistration.CreateLedger(tables, name);
        await ledger.RecordAsync(Occurrence("o1", ToilOutcome.Failed), default);
        var table = tables.GetTableClient(name);
        var partition = ToilTableKeys.OccurrencePartition(At);
        var shard = ToilRollupRows.ShardOf("o1");
        await table.UpdateEntityAsync(new TableEntity(partition, shard) { ["Format"] = 0, ["Rows"] = 0, ["Rollup"] = "{}" }, Azure.ETag.All, TableUpdateMode.Replace);

        var read = await ToilStoreRegistration.CreateRollups(tables, name).ReadDayAsync(Day, default);

        Assert.Equal(1, read.Rows);
        Assert.Equal(ToilRollupRows.Format, (await table.GetEntityAsync<TableEntity>(partition, shard)).Value.GetInt32("Format"));
    }

    [Fact]
    public async Task Empty_day_reads_as_an_empty_rollup_and_stores_nothing()
    {
        var (tables, name) = NewLedger();
        var rollups = ToilStoreRegistration.CreateRollups(tables, name);

        var read = await rollups.ReadDayAsync(Day, default);

        Assert.Equal(0, read.Rows);
        Assert.Null(await rollups.ReadStoredDayAsync(Day, default));
    }

    /// <summary>Runs the writes eight at a time, alternating between the two writers.</summary>
    private static Task WriteAsync(IToilLedger[] writers, IReadOnlyList<Func<IToilLedger, Task>> writes) =>
        Parallel.ForEachAsync(
            writes.Select((write, i) => (write, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (w, _) => await w.write(writers[w.i % 2]));

    private (TableServiceClient Tables, string Name) NewLedger()
    {
        var tables = StorageTestClients.TableService(azurite);
        var name = azurite.NewTableName("toil");
        tables.GetTableClient(name).CreateIfNotExists();
        return (tables, name);
    }

    private static ToilOccurrence Occurrence(string id, ToilOutcome outcome) => new()
    {
        OccurrenceId = id, RemediationId = id, OccurredAt = At, EndedAt = At.AddMinutes(4), Outcome = outcome, RuleName = "disk-full",
        BindingId = outcome == ToilOutcome.Unmatched ? null : "b1", Runbook = outcome == ToilOutcome.Unmatched ? null : "cleanup",
        ManualEffortMinutes = outcome == ToilOutcome.Unmatched ? null : 20,
    };

    private static TableEntity RawRow(ToilOccurrence occurrence)
    {
        var entity = ToilLedgerRows.Occurrence(occurrence);
        foreach (var empty in entity.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            entity.Remove(empty);
        }

        return entity;
    }

    private static ToilOccurrence RandomOccurrence(Random random, DateOnly day, string id)
    {
        var outcome = (ToilOutcome)random.Next(Enum.GetValues<ToilOutcome>().Length);
        var bound = outcome != ToilOutcome.Unmatched && random.Next(8) > 0;
        var at = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddSeconds(random.Next(86_400));
        var approved = random.Next(3) == 0;
        return new ToilOccurrence
        {
            OccurrenceId = id, RemediationId = id, OccurredAt = at, EndedAt = at.AddSeconds(random.Next(0, 20_000)), Outcome = outcome,
            RuleName = $"rule-{random.Next(6)}", BindingId = bound ? $"binding-{random.Next(3)}" : null, Runbook = bound ? $"runbook-{random.Next(3)}" : null,
            ManualEffortMinutes = bound ? 5 * random.Next(1, 13) : null, HumanMinutes = approved ? random.Next(0, 21) / 4.0 : 0,
            ApprovalRequestedAt = approved ? at.AddSeconds(5) : null, ApprovalDecidedAt = approved ? at.AddSeconds(5 + random.Next(0, 7_200)) : null,
        };
    }

    private static async Task<ToilRollup> RecomputeAsync(IToilLedger ledger, DateOnly day)
    {
        var window = ToilWindow.Day(day);
        var rollup = new ToilRollup();
        await foreach (var row in ledger.ReadOccurrencesAsync(window.Start, window.End, default))
        {
            rollup.Add(row);
        }

        return rollup;
    }

    private static ToilRollup Rollup(IEnumerable<ToilOccurrence> rows)
    {
        var rollup = new ToilRollup();
        foreach (var row in rows)
        {
            rollup.Add(row);
        }

        return rollup;
    }
}
