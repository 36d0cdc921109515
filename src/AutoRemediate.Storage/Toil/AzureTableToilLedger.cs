using System.Runtime.CompilerServices;
using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Durable;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Storage.Toil;

/// <summary>
/// <see cref="IToilLedger"/> on one table, partitioned by day (<see cref="ToilTableKeys"/>). Occurrence rows are
/// merged, not replaced, so a retried write keeps a resolution time the webhook added meanwhile.
/// </summary>
internal sealed class AzureTableToilLedger : IToilLedger
{
    private readonly TableClient _table;
    private readonly CreateOnce _created;

    public AzureTableToilLedger(TableClient table)
    {
        _table = table;
        _created = new CreateOnce(async ct => await table.CreateIfNotExistsAsync(ct).ConfigureAwait(false));
    }

    public async Task RecordAsync(ToilOccurrence occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await _table.UpsertEntityAsync(ToilLedgerRows.Occurrence(occurrence), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> MarkResolvedAsync(string occurrenceId, DateTimeOffset occurredAt, DateTimeOffset resolvedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(occurrenceId);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var partition = ToilTableKeys.OccurrencePartition(occurredAt);
        var row = TableKeyText.Escape(occurrenceId);
        var stored = await _table.GetEntityAsync(partition, row, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return false;
        }

        if (stored.GetDateTimeOffset(ToilLedgerRows.ResolvedAtColumn) is not null)
        {
            // The first resolved notification stands; a redelivery must not move it later.
            return true;
        }

        try
        {
            var update = new TableEntity(partition, row) { [ToilLedgerRows.ResolvedAtColumn] = resolvedAt };
            await _table.UpdateEntityAsync(update, stored.ETag ?? TableClient.AnyETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
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

        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        foreach (var partition in ToilTableKeys.DayPartitions(from, to, manual: false))
        {
            var query = new TableQuery(TableFilter.Create($"PartitionKey eq {partition}"), ToilLedgerRows.ReportColumns);
            await foreach (var entity in _table.QueryAsync(query, cancellationToken).ConfigureAwait(false))
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
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await _table.UpsertEntityAsync(ToilLedgerRows.Manual(entry), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<ManualToilEntry> ReadManualAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (from >= to)
        {
            yield break;
        }

        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        foreach (var partition in ToilTableKeys.DayPartitions(from, to, manual: true))
        {
            await foreach (var entity in _table.QueryAsync(new TableQuery(TableFilter.Create($"PartitionKey eq {partition}")), cancellationToken).ConfigureAwait(false))
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
