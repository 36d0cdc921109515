using System.Runtime.CompilerServices;
using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Stores;
using Azure;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Toil;

/// <summary>
/// <see cref="IToilLedger"/> on one table, partitioned by day (<see cref="ToilTableKeys"/>). Occurrence rows are
/// merged, not replaced, so a retried write keeps a resolution time the webhook added meanwhile.
/// </summary>
internal sealed class AzureTableToilLedger(StoreTable table) : IToilLedger
{
    public async Task RecordAsync(ToilOccurrence occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertAsync(ToilLedgerRows.Occurrence(occurrence), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> MarkResolvedAsync(string occurrenceId, DateTimeOffset occurredAt, DateTimeOffset resolvedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(occurrenceId);
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = ToilTableKeys.OccurrencePartition(occurredAt);
        var row = TableKeyText.Escape(occurrenceId);
        var stored = await table.GetAsync(partition, row, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return false;
        }

        if (stored.ReadDateTimeOffset(ToilLedgerRows.ResolvedAtColumn) is not null)
        {
            // The first resolved notification stands; a redelivery must not move it later.
            return true;
        }

        try
        {
            var update = new TableEntity(partition, row) { [ToilLedgerRows.ResolvedAtColumn] = resolvedAt };
            await table.UpdateAsync(update, stored.ETag.ToString() is { Length: > 0 } etag ? etag : ETag.All.ToString(), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (StoragePreconditionFailedException)
        {
            // Changed since read: a concurrent notification or a rewrite; either way the row exists.
        }

        return true;
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
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
            await foreach (var entity in table.QueryAsync(filter, ToilLedgerRows.ReportColumns, cancellationToken).ConfigureAwait(false))
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
        foreach (var partition in ToilTableKeys.DayPartitions(from, to, manual: true))
        {
            await foreach (var entity in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), null, cancellationToken).ConfigureAwait(false))
            {
                var entry = ToilLedgerRows.ReadManual(entity);
                if (entry.At >= from && entry.At < to)
                {
                    yield return entry;
                }
            }
        }
    }
}
