using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Storage.Toil;
using AutoRemediate.Testing.Azurite;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Tests.Toil;

/// <summary>The ledger's rows on a real Azurite: merges that keep what they do not carry, and rows older versions wrote.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableToilLedgerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At = Day.AddHours(9.5);

    [Fact]
    public async Task Occurrence_recorded_again_after_its_resolution_keeps_the_resolution_time()
    {
        var ledger = ToilStoreRegistration.CreateLedger(StorageTestClients.TableService(azurite), azurite.NewTableName("toil"));
        await ledger.RecordAsync(Occurrence("o1"), default);
        await ledger.MarkResolvedAsync("o1", At, At.AddMinutes(40), default);

        await ledger.RecordAsync(Occurrence("o1") with { Refirings = 3 }, default);

        var row = Assert.Single(await ReadDayAsync(ledger));
        Assert.Equal((3, At.AddMinutes(40)), (row.Refirings, row.ResolvedAt));
    }

    [Fact]
    public async Task Occurrence_recorded_without_a_resolution_stores_no_resolution_column()
    {
        var name = azurite.NewTableName("toil");
        var ledger = ToilStoreRegistration.CreateLedger(StorageTestClients.TableService(azurite), name);

        await ledger.RecordAsync(Occurrence("o1"), default);

        var raw = await StorageTestClients.TableService(azurite).GetTableClient(name).GetEntityAsync<TableEntity>(ToilTableKeys.OccurrencePartition(At), "o1");
        Assert.Equal("o1", raw.Value.GetString("OccurrenceId"));
        Assert.False(raw.Value.ContainsKey(ToilLedgerRows.ResolvedAtColumn));
    }

    [Fact]
    public async Task Row_holding_whole_numbers_where_fractions_and_small_ints_are_expected_reads_back()
    {
        var name = azurite.NewTableName("toil");
        var raw = StorageTestClients.TableService(azurite).GetTableClient(name);
        await raw.CreateIfNotExistsAsync();
        await raw.AddEntityAsync(new TableEntity(ToilTableKeys.OccurrencePartition(At), "old")
        {
            ["OccurrenceId"] = "old", ["OccurredAt"] = At, ["EndedAt"] = At.AddMinutes(5), ["Outcome"] = nameof(ToilOutcome.Failed),
            ["HumanMinutes"] = 12, ["Severity"] = 2L,
        });

        var row = Assert.Single(await ReadDayAsync(ToilStoreRegistration.CreateLedger(StorageTestClients.TableService(azurite), name)));

        Assert.Equal((12.0, 2), (row.HumanMinutes, row.Severity));
    }

    private static ToilOccurrence Occurrence(string id) => new()
    {
        OccurrenceId = id, RemediationId = id, OccurredAt = At, EndedAt = At.AddMinutes(2), Outcome = ToilOutcome.Escalated, RuleName = "r",
    };

    private static async Task<List<ToilOccurrence>> ReadDayAsync(IToilLedger ledger)
    {
        var rows = new List<ToilOccurrence>();
        await foreach (var row in ledger.ReadOccurrencesAsync(Day, Day.AddDays(1), default))
        {
            rows.Add(row);
        }

        return rows;
    }
}
