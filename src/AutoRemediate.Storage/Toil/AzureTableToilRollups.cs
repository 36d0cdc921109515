using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Toil;

/// <summary>
/// <see cref="IToilRollups"/> on the ledger table: a day's rollup is the merge of its shards
/// (<see cref="ToilRollupRows"/>); a day without shards, or with a shard missing, stale or unreadable, is re-rolled from
/// its rows. A re-roll reads the shards' ETags, then the rows, then replaces every shard in one transaction with
/// If-Match on those ETags: a ledger write that landed in between changed a shard's ETag, so the re-roll fails and
/// starts again rather than overwrite it.
/// </summary>
internal sealed class AzureTableToilRollups(StoreTable table) : IToilRollups
{
    /// <summary>Every failed attempt means another writer's transaction succeeded; this many in a row is a storm, not a race.</summary>
    internal const int MaxAttempts = 25;

    public async Task<ToilRollup> ReadDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = Partition(day);
        var shards = await ReadShardsAsync(partition, cancellationToken).ConfigureAwait(false);
        var rollups = shards.Values.Select(ToilRollupRows.Read).ToList();
        return shards.Count == ToilRollupRows.ShardCount && rollups.All(r => r is not null)
            ? Merge(rollups!)
            : await RerollAsync(partition, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ToilRollup> RerollDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await RerollAsync(Partition(day), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ToilRollup?> ReadStoredDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var shards = await ReadShardsAsync(Partition(day), cancellationToken).ConfigureAwait(false);
        return shards.Count == 0 ? null : Merge(shards.Values.Select(s => ToilRollupRows.Read(s) ?? new ToilRollup()));
    }

    /// <summary>
    /// Rolls the partition's rows up into fresh shards and stores them. An empty day without shards is left without
    /// (reading a report must not write a row for every quiet day) unless <paramref name="forWrite"/>: a ledger write needs its shard.
    /// </summary>
    internal async Task<ToilRollup> RerollAsync(string partition, CancellationToken cancellationToken, bool forWrite = false)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var shards = await ReadShardsAsync(partition, cancellationToken).ConfigureAwait(false);
            var parts = Enumerable.Range(0, ToilRollupRows.ShardCount).ToDictionary(ToilRollupRows.ShardKey, _ => new ToilRollup(), StringComparer.Ordinal);
            await foreach (var row in table.QueryAsync(ToilRollupRows.RowsFilter(partition), ToilLedgerRows.ReportColumns, cancellationToken).ConfigureAwait(false))
            {
                parts[ToilRollupRows.ShardOf(row.RowKey)].Add(ToilLedgerRows.ReadOccurrence(row));
            }

            if (!forWrite && shards.Count == 0 && parts.Values.All(p => p.Rows == 0))
            {
                return new ToilRollup();
            }

            var actions = parts.Select(p => shards.TryGetValue(p.Key, out var stored)
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToilRollupRows.Entity(partition, p.Key, p.Value), stored.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, ToilRollupRows.Entity(partition, p.Key, p.Value))).ToList();
            try
            {
                await table.SubmitAsync(actions, cancellationToken).ConfigureAwait(false);
                return Merge(parts.Values);
            }
            catch (Exception exception) when (exception is StorageConflictException or StoragePreconditionFailedException)
            {
                // A ledger write (or another re-roll) changed a shard since we read it: read everything again.
            }
        }

        throw new StorageRequestException($"Toil rollup of {table.Name} partition '{partition}' kept changing during {MaxAttempts} re-roll attempts.");
    }

    /// <summary>
    /// The day's shards by point reads, all at once: the cheapest read the Table service has, and on Azurite the only one
    /// that does not scan the whole table (its queries evaluate the filter over every row).
    /// </summary>
    private async Task<Dictionary<string, TableEntity>> ReadShardsAsync(string partition, CancellationToken cancellationToken)
    {
        var reads = Enumerable.Range(0, ToilRollupRows.ShardCount).Select(i => table.GetAsync(partition, ToilRollupRows.ShardKey(i), cancellationToken)).ToList();
        var shards = await Task.WhenAll(reads).ConfigureAwait(false);
        return shards.OfType<TableEntity>().ToDictionary(s => s.RowKey, StringComparer.Ordinal);
    }

    private static ToilRollup Merge(IEnumerable<ToilRollup> parts)
    {
        var day = new ToilRollup();
        foreach (var part in parts)
        {
            day.Merge(part);
        }

        return day;
    }

    private static string Partition(DateOnly day) => ToilTableKeys.OccurrencePartition(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
