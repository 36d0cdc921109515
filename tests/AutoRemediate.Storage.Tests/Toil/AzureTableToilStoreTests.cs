using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Storage.Toil;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Toil;

/// <summary>The toil tables on a real Azurite: window claims, report replacement, day-partitioned reads.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableToilStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Live_claim_keeps_other_hosts_out_until_it_expires()
    {
        var store = NewReportStore();

        Assert.NotNull(await store.TryClaimAsync("day-2026-11-20", "host-a", Now, Claim, rerun: false, default));
        Assert.Null(await store.TryClaimAsync("day-2026-11-20", "host-b", Now.AddMinutes(9), Claim, rerun: true, default));
        var takeover = await store.TryClaimAsync("day-2026-11-20", "host-b", Now.AddMinutes(11), Claim, rerun: false, default);

        Assert.Equal("host-b", takeover?.Owner);
    }

    [Fact]
    public async Task Done_window_is_skipped_by_the_timer_but_taken_by_a_rerun()
    {
        var store = NewReportStore();
        var claim = (await store.TryClaimAsync("day-2026-11-20", "host-a", Now, Claim, rerun: false, default))!;
        Assert.True(await store.CompleteAsync(claim, Now.AddMinutes(1), default));

        Assert.Null(await store.TryClaimAsync("day-2026-11-20", "host-b", Now.AddHours(1), Claim, rerun: false, default));
        Assert.NotNull(await store.TryClaimAsync("day-2026-11-20", "host-b", Now.AddHours(1), Claim, rerun: true, default));
    }

    [Fact]
    public async Task Completing_a_claim_taken_over_meanwhile_fails()
    {
        var store = NewReportStore();
        var stale = (await store.TryClaimAsync("day-2026-11-20", "host-a", Now, Claim, rerun: false, default))!;
        await store.TryClaimAsync("day-2026-11-20", "host-b", Now.AddMinutes(20), Claim, rerun: false, default);

        Assert.False(await store.CompleteAsync(stale, Now.AddMinutes(21), default));
    }

    [Fact]
    public async Task Ledger_reads_only_the_window_days_and_keeps_the_first_resolution()
    {
        var ledger = ToilStoreRegistration.CreateLedger(StorageTestClients.TableService(azurite), azurite.NewTableName("toil"));
        var window = ToilWindow.Day(new DateOnly(2026, 11, 20));
        await ledger.RecordAsync(Row("in", window.Start.AddHours(23.9)), default);
        await ledger.RecordAsync(Row("before", window.Start.AddSeconds(-1)), default);
        await ledger.RecordAsync(Row("after", window.End), default);

        Assert.True(await ledger.MarkResolvedAsync("in", window.Start.AddHours(23.9), window.End.AddHours(1), default));
        Assert.True(await ledger.MarkResolvedAsync("in", window.Start.AddHours(23.9), window.End.AddHours(2), default));
        Assert.False(await ledger.MarkResolvedAsync("missing", window.Start, window.End, default));
        await ledger.RecordAsync(Row("in", window.Start.AddHours(23.9)), default);

        var rows = new List<ToilOccurrence>();
        await foreach (var row in ledger.ReadOccurrencesAsync(window.Start, window.End, default))
        {
            rows.Add(row);
        }

        var only = Assert.Single(rows);
        Assert.Equal(("in", window.End.AddHours(1)), (only.OccurrenceId, only.ResolvedAt));
    }

    private IToilReportStore NewReportStore() =>
        ToilStoreRegistration.CreateReportStore(StorageTestClients.TableService(azurite), azurite.NewTableName("toilrep"));

    private static ToilOccurrence Row(string id, DateTimeOffset at) => new()
    {
        OccurrenceId = id, RemediationId = id, OccurredAt = at, EndedAt = at.AddMinutes(2), Outcome = ToilOutcome.Escalated, RuleName = "r",
    };
}
