using System.Runtime.CompilerServices;
using AutoRemediate.Core.Audit;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Audit;

/// <summary>
/// The anchor table: one row per chain (PartitionKey = the day the chain began, yyyyMMdd; RowKey = the escaped
/// remediation id) holding its count, last hash, key id and MAC. Advanced after each append with ETag concurrency,
/// never moved backwards, so concurrent appenders and a retried append leave it at the furthest head.
/// </summary>
internal sealed class AuditAnchorTable(StoreTable table, AuditKeyRing keys, int maxAttempts)
{
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => table.EnsureCreatedAsync(cancellationToken);

    /// <summary>
    /// Moves the chain's anchor up to <paramref name="head"/> unless it is already there or further; returns how many
    /// records the anchor was behind before (more than the one just appended means an earlier update was lost).
    /// </summary>
    public async Task<long> AdvanceAsync(string remediationId, DateOnly day, AuditHead head, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await table.GetAsync(AuditKeys.AnchorPartition(day), AuditKeys.Partition(remediationId), cancellationToken).ConfigureAwait(false);
            var count = stored?.ReadInt64("Count") ?? 0;
            if (count >= head.Count)
            {
                return 0;
            }

            var entity = ToEntity(AuditAnchor.Create(remediationId, day, head, keys));
            try
            {
                if (stored is null)
                {
                    await table.AddAsync(entity, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await table.UpdateAsync(entity, stored.ETag.ToString(), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return head.Count - count;
            }
            catch (StorageRequestException e) when (e is StoragePreconditionFailedException or StorageConflictException && attempt < maxAttempts)
            {
                // Another appender moved (or created) the anchor first: re-read; it may already be past this head.
            }
        }
    }

    public async Task<AuditAnchor?> GetAsync(string remediationId, DateOnly day, CancellationToken cancellationToken)
    {
        var entity = await table.GetAsync(AuditKeys.AnchorPartition(day), AuditKeys.Partition(remediationId), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity, day);
    }

    /// <summary>Every anchor of <paramref name="day"/>; a row that cannot be read comes back with an empty MAC, which fails its check.</summary>
    public async IAsyncEnumerable<AuditAnchor> ListAsync(DateOnly day, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AuditKeys.AnchorPartition(day)}");
        await foreach (var entity in table.QueryAsync(filter, null, cancellationToken).ConfigureAwait(false))
        {
            yield return FromEntity(entity, day);
        }
    }

    private static TableEntity ToEntity(AuditAnchor anchor) =>
        new(AuditKeys.AnchorPartition(anchor.Day), AuditKeys.Partition(anchor.RemediationId))
        {
            ["RemediationId"] = anchor.RemediationId,
            ["Count"] = anchor.Count,
            ["LastHash"] = anchor.LastHash,
            ["KeyId"] = anchor.KeyId,
            ["Mac"] = anchor.Mac,
        };

    private static AuditAnchor FromEntity(TableEntity entity, DateOnly day) =>
        new(
            entity.ReadString("RemediationId") ?? entity.RowKey,
            day,
            entity.ReadInt64("Count") ?? -1,
            entity.ReadString("LastHash") ?? string.Empty,
            entity.ReadString("KeyId") ?? string.Empty,
            entity.ReadString("Mac") ?? string.Empty);
}
