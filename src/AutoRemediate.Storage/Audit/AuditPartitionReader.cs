using AutoRemediate.Core.Audit;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Audit;

/// <summary>
/// Reads a whole chain partition for verification: every row that is neither the head nor an id row counts as a
/// record (so a forged row is seen wherever it was put); rows that cannot be read as records become problems.
/// </summary>
internal static class AuditPartitionReader
{
    public static async Task<StoredChain> ReadAsync(StoreTable table, string remediationId, CancellationToken cancellationToken)
    {
        var records = new List<AuditRecord>();
        var problems = new List<AuditChainProblem>();
        AuditHead? head = null;
        DateOnly? headDay = null;
        var headSeen = false;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AuditKeys.Partition(remediationId)}");
        await foreach (var entity in table.QueryAsync(filter, null, cancellationToken).ConfigureAwait(false))
        {
            if (entity.RowKey == AuditKeys.HeadRowKey)
            {
                headSeen = true;
                head = new AuditHead(entity.ReadInt64("Count") ?? -1, entity.ReadString("LastHash") ?? string.Empty);
                headDay = AuditKeys.ParseDay(entity.ReadString(AuditKeys.AnchorDayColumn));
            }
            else if (AuditKeys.IsRecordRow(entity.RowKey))
            {
                Read(entity, records, problems);
            }
        }

        if (!headSeen && records.Count > 0)
        {
            problems.Add(new(AuditProblemKind.HeadMissing, null, null,
                $"the chain holds {records.Count} record(s) but its head row is missing: it was deleted, so deletions at the end cannot be ruled out"));
        }

        var first = records.Where(r => r.Sequence == 1).Select(r => (DateOnly?)AuditAnchor.DayOf(r.Time)).FirstOrDefault();
        return new StoredChain(records, head, problems, first ?? headDay);
    }

    private static void Read(TableEntity entity, List<AuditRecord> records, List<AuditChainProblem> problems)
    {
        try
        {
            var record = AuditRecordEntity.FromEntity(entity);
            if (entity.RowKey != AuditKeys.RecordRow(record.Sequence))
            {
                problems.Add(new(AuditProblemKind.Misplaced, record.Sequence, record.RecordId,
                    $"row '{entity.RowKey}' claims sequence #{record.Sequence} ({record.RecordId}), which belongs in another row: it was inserted or moved"));
            }

            records.Add(record);
        }
        catch (FormatException e)
        {
            problems.Add(new(AuditProblemKind.Unreadable, null, entity.ReadString("RecordId"), $"{e.Message}; it was edited or forged"));
        }
    }
}
