using System.Runtime.CompilerServices;
using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Toil;

/// <summary>
/// <see cref="IToilLedger"/> on one table, partitioned by day (<see cref="ToilTableKeys"/>). Occurrence rows are
/// merged, not replaced, so a retried write keeps a resolution time the webhook added meanwhile. Every occurrence
/// write also keeps the day's rollup (<see cref="ToilRollupRows"/>) in step: the row and its rollup shard are written
/// in one entity-group transaction, each with If-Match on the ETag read before, taking the row's previous version out
/// of the shard and putting the new one in. Either both land or neither does, and a concurrent writer of the same
/// row or shard makes the transaction fail and start again from fresh reads.
/// </summary>
internal sealed class AzureTableToilLedger(StoreTable table, AzureTableToilRollups rollups) : IToilLedger
{
    public async Task RecordAsync(ToilOccurrence occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = ToilLedgerRows.Occurrence(occurrence);
        await ApplyAsync(row.PartitionKey, row.RowKey, _ => ToilLedgerRows.Occurrence(occurrence), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> MarkResolvedAsync(string occurrenceId, DateTimeOffset occurredAt, DateTimeOffset resolvedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(occurrenceId);
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = ToilTableKeys.OccurrencePartition(occurredAt);
        var row = TableKeyText.Escape(occurrenceId);

        // The first resolved notification stands; a redelivery must not move it later.
        return await ApplyAsync(
            partition,
            row,
            stored => stored is null || stored.ReadDateTimeOffset(ToilLedgerRows.ResolvedAtColumn) is not null
                ? null
                : new TableEntity(partition, row) { [ToilLedgerRows.ResolvedAtColumn] = resolvedAt },
            cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<ToilOccurrence> ReadOccurrencesAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (from >= to)
        {
            yield break;
        }

        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        foreach (var partition in ToilTableKeys.DayPartitions(from, to, manual: false))
        {
            await foreach (var entity in table.QueryAsync(ToilRollupRows.RowsFilter(partition), ToilLedgerRows.ReportColumns, cancellationToken).ConfigureAwait(false))
            {
                var occurrence = ToilLedgerRows.ReadOccurrence(entity);
                if (occurrence.OccurredAt >= from && occurrence.OccurredAt < to)
                {
                    yield return occurrence;
                }
            }
        }
    }

    public async Task AddManualAsync(ManualToilEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertAsync(ToilLedgerRows.Manual(entry), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<ManualToilEntry> ReadManualAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (from >= to)
        {
            yield break;
        }

        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        // One range query over the window's manual partitions (they sort together, oldest day first, and apart from the
        // occurrence partitions): the manual log is small, and one query costs one round trip, not one per day.
        var partitions = ToilTableKeys.DayPartitions(from, to, manual: true).ToList();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {partitions[0]} and PartitionKey le {partitions[^1]}");
        await foreach (var entity in table.QueryAsync(filter, null, cancellationToken).ConfigureAwait(false))
        {
            var entry = ToilLedgerRows.ReadManual(entity);
            if (entry.At >= from && entry.At < to)
            {
                yield return entry;
            }
        }
    }

    /// <summary>
    /// Merges <paramref name="change"/>'s answer for the stored row (null: nothing to write) into the row and its rollup
    /// shard atomically; a day with no usable shard is re-rolled from its rows first. True when the row exists afterwards.
    /// </summary>
    private async Task<bool> ApplyAsync(string partition, string rowKey, Func<TableEntity?, TableEntity?> change, CancellationToken cancellationToken)
    {
        var shardKey = ToilRollupRows.ShardOf(rowKey);
        for (var attempt = 1; attempt <= AzureTableToilRollups.MaxAttempts; attempt++)
        {
            var reads = await Task.WhenAll(table.GetAsync(partition, rowKey, cancellationToken), table.GetAsync(partition, shardKey, cancellationToken)).ConfigureAwait(false);
            var (stored, shard) = (reads[0], reads[1]);
            if (change(stored) is not { } update)
            {
                return stored is not null;
            }

            if (ToilRollupRows.Read(shard) is not { } rollup)
            {
                // No rollup yet (a new day, or rows from before rollups) or a stale one: roll the day up, then write.
                await rollups.RerollAsync(partition, cancellationToken, forWrite: true).ConfigureAwait(false);
                continue;
            }

            var before = stored is null ? null : ToilLedgerRows.ReadOccurrence(stored);
            var after = ToilLedgerRows.ReadOccurrence(Merged(stored, update));
            List<TableTransactionAction> actions =
            [
                stored is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, update)
                    : new TableTransactionAction(TableTransactionActionType.UpdateMerge, update, stored.ETag),
            ];
            if (before != after)
            {
                if (before is not null)
                {
                    rollup.Remove(before);
                }

                rollup.Add(after);
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToilRollupRows.Entity(partition, shardKey, rollup), shard!.ETag));
            }

            try
            {
                await table.SubmitAsync(actions, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (Exception exception) when (exception is StorageConflictException or StoragePreconditionFailedException)
            {
                // Another writer changed the row or the shard since we read them: read both again.
            }
        }

        throw new StorageRequestException($"Toil ledger row {table.Name}/{partition}/{rowKey} kept changing during {AzureTableToilRollups.MaxAttempts} attempts.");
    }

    /// <summary>The row as it will be stored after merging <paramref name="update"/>: its non-null columns over the stored ones.</summary>
    private static TableEntity Merged(TableEntity? stored, TableEntity update)
    {
        var merged = stored is null ? new TableEntity(update.PartitionKey, update.RowKey) : new TableEntity(stored);
        foreach (var (name, value) in update.Where(p => p.Value is not null))
        {
            merged[name] = value;
        }

        return merged;
    }
}
