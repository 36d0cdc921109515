using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using AutoRemediate.Core.Audit;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Storage.Audit;

/// <summary>
/// <see cref="IAuditLog"/> on Azure Tables: one partition per remediation holding its keyed records, an id row per
/// record (idempotency) and the head; each append is one entity-group transaction guarded by the head's ETag, then
/// the chain's anchor in another table is advanced. See README.md in this folder for the layout and the races.
/// </summary>
internal sealed partial class AzureTableAuditLog(
    StoreTable chains, StoreTable index, AuditAnchorTable anchors, AuditKeyRing keys, AuditLogOptions options, TimeProvider time, ILogger logger) : IAuditLog
{
    private readonly StoreTable _chains = chains;
    private readonly StoreTable _index = index;
    private readonly AuditAnchorTable _anchors = anchors;
    private readonly AuditKeyRing _keys = keys;
    private readonly AuditLogOptions _options = options;
    private readonly TimeProvider _time = time;
    private readonly ILogger _logger = logger;

    public async Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var clean = AuditChain.Normalize(entry);
        var recordId = AuditChain.RecordIdFor(clean.RemediationId, clean.IdempotencyKey);
        var partition = AuditKeys.Partition(clean.RemediationId);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var (head, idRow) = await ReadHeadAndIdAsync(partition, recordId, cancellationToken).ConfigureAwait(false);
            var current = head is null
                ? AuditHead.Empty(clean.RemediationId)
                : new AuditHead(head.ReadInt64("Count") ?? 0, head.ReadString("LastHash") ?? string.Empty);
            if (idRow?.ReadInt64("Sequence") is { } existingSequence)
            {
                var replayed = await ReplayAsync(partition, recordId, existingSequence, cancellationToken).ConfigureAwait(false);
                // The first attempt may have crashed between the chain's transaction and the anchor: heal it now.
                await AnchorAsync(clean.RemediationId, await AnchorDayAsync(partition, head, replayed, cancellationToken).ConfigureAwait(false), current, cancellationToken).ConfigureAwait(false);
                return replayed;
            }

            var record = AuditChain.Next(current, clean, _keys);
            var day = await AnchorDayAsync(partition, head, record, cancellationToken).ConfigureAwait(false);
            try
            {
                await _chains.SubmitAsync(AppendActions(partition, record, head, day), cancellationToken).ConfigureAwait(false);
            }
            catch (StorageRequestException e) when (e is StoragePreconditionFailedException or StorageConflictException && attempt < _options.MaxAppendAttempts)
            {
                // Another writer appended (412 on the head) or created the chain (409 on its head/record row), or our
                // own retried batch landed (409): re-read; the id row tells the last case apart.
                AuditStoreLog.AppendRaced(_logger, clean.RemediationId, e.Status, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(1, 2 + Math.Min(attempt, 20) * 5)), _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // WARNING: chain first, anchor second. A crash in between leaves the anchor behind (reported, not a
            // problem, and healed by the next append or the retry); the other order would leave it ahead, which
            // verification must read as records deleted from the end.
            await AnchorAsync(clean.RemediationId, day, new AuditHead(record.Sequence, record.Hash), cancellationToken).ConfigureAwait(false);
            await WriteIndexRowsAsync(record, cancellationToken).ConfigureAwait(false);
            return record;
        }
    }

    public async IAsyncEnumerable<AuditRecord> ReadChainAsync(string remediationId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(remediationId);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AuditKeys.Partition(remediationId)} and RowKey lt {AuditKeys.IdPrefix}");
        await foreach (var entity in _chains.QueryAsync(filter, null, cancellationToken).ConfigureAwait(false))
        {
            yield return AuditRecordEntity.FromEntity(entity);
        }
    }

    public IAsyncEnumerable<AuditRecord> QueryByResourceAsync(
        string resourceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceId);
        return QueryIndexAsync([AuditKeys.ResourcePartition(resourceId)], from, to, cancellationToken);
    }

    public IAsyncEnumerable<AuditRecord> QueryByTimeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        if (to - from > _options.MaxQueryRange)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"A query may span at most {_options.MaxQueryRange.TotalDays} days.");
        }

        var days = new List<string>();
        for (var day = from.UtcDateTime.Date; day < to.UtcDateTime; day = day.AddDays(1))
        {
            days.Add(AuditKeys.DayPartition(new DateTimeOffset(day, TimeSpan.Zero)));
        }

        return QueryIndexAsync(days, from, to, cancellationToken);
    }

    public async Task<AuditVerificationReport> VerifyAsync(string remediationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(remediationId);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var stored = await AuditPartitionReader.ReadAsync(_chains, remediationId, cancellationToken).ConfigureAwait(false);
        var anchor = stored.AnchorDay is { } day ? await _anchors.GetAsync(remediationId, day, cancellationToken).ConfigureAwait(false) : null;
        return Verify(remediationId, stored, anchor, anchorLooked: stored.AnchorDay is not null);
    }

    /// <summary>Re-writes the derived index rows of one chain (after a crash between append and index write, or to rebuild).</summary>
    public async Task<int> RebuildIndexAsync(string remediationId, CancellationToken cancellationToken = default)
    {
        var count = 0;
        await foreach (var record in ReadChainAsync(remediationId, cancellationToken).ConfigureAwait(false))
        {
            await WriteIndexRowsAsync(record, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await _chains.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _index.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _anchors.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
    }

    private static List<TableTransactionAction> AppendActions(string partition, AuditRecord record, TableEntity? head, DateOnly anchorDay)
    {
        var newHead = new TableEntity(partition, AuditKeys.HeadRowKey)
        {
            ["RemediationId"] = record.RemediationId,
            ["Count"] = record.Sequence,
            ["LastHash"] = record.Hash,
            ["LastRecordId"] = record.RecordId,
            [AuditKeys.AnchorDayColumn] = AuditKeys.FormatDay(anchorDay),
        };
        return
        [
            new(TableTransactionActionType.Add, AuditRecordEntity.ToEntity(record, partition, AuditKeys.RecordRow(record.Sequence))),
            new(TableTransactionActionType.Add, new TableEntity(partition, AuditKeys.IdRow(record.RecordId)) { ["Sequence"] = record.Sequence }),
            head is null
                ? new(TableTransactionActionType.Add, newHead)
                : new(TableTransactionActionType.UpdateReplace, newHead, head.ETag),
        ];
    }

    private async Task<(TableEntity? Head, TableEntity? IdRow)> ReadHeadAndIdAsync(string partition, string recordId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (RowKey eq {AuditKeys.HeadRowKey} or RowKey eq {AuditKeys.IdRow(recordId)})");
        TableEntity? head = null, idRow = null;
        await foreach (var entity in _chains.QueryAsync(filter, null, cancellationToken).ConfigureAwait(false))
        {
            if (entity.RowKey == AuditKeys.HeadRowKey)
            {
                head = entity;
            }
            else
            {
                idRow = entity;
            }
        }

        return (head, idRow);
    }

    private async Task<AuditRecord> ReplayAsync(string partition, string recordId, long sequence, CancellationToken cancellationToken)
    {
        var row = await _chains.GetAsync(partition, AuditKeys.RecordRow(sequence), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Audit record {recordId} is indexed at sequence {sequence} of partition '{partition}', but that row is missing; run VerifyAsync.");
        var record = AuditRecordEntity.FromEntity(row);
        AuditStoreLog.AppendReplayed(_logger, recordId, record.RemediationId, sequence);
        // The first attempt may have crashed before writing the derived index rows; upserts make this harmless.
        await WriteIndexRowsAsync(record, cancellationToken).ConfigureAwait(false);
        return record;
    }

    private async Task WriteIndexRowsAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var row = AuditKeys.IndexRow(record.Time, record.RemediationId, record.Sequence);
        await _index.UpsertAsync(AuditRecordEntity.ToEntity(record, AuditKeys.DayPartition(record.Time), row), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        if (record.TargetResourceId is { Length: > 0 } resource)
        {
            await _index.UpsertAsync(AuditRecordEntity.ToEntity(record, AuditKeys.ResourcePartition(resource), row), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    private async IAsyncEnumerable<AuditRecord> QueryIndexAsync(
        IReadOnlyList<string> partitions, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            yield break;
        }

        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var (low, high) = (AuditKeys.TimeKey(from), AuditKeys.TimeKey(to));
        foreach (var partition in partitions)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {low} and RowKey lt {high}");
            await foreach (var entity in _index.QueryAsync(filter, null, cancellationToken).ConfigureAwait(false))
            {
                yield return AuditRecordEntity.FromEntity(entity);
            }
        }
    }
}
