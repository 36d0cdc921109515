using AutoRemediate.Durable.Store;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Storage.Durable;

/// <summary>
/// Splits a turn's checkpoint into entity-group transactions: the final one carries the state row, every inbox
/// delete and as many history rows as fit; surplus history rows go first in earlier transactions, each of which
/// also merges the state row under the held ETag so they can only land while the lease is still ours.
/// </summary>
internal sealed record TurnCommitPlan(
    TableEntity State,
    IReadOnlyList<IReadOnlyList<TableEntity>> EarlyHistory,
    IReadOnlyList<TableEntity> FinalHistory,
    IReadOnlyList<TableEntity> InboxDeletes)
{
    /// <summary>Room left under the 4 MiB request limit for multipart framing.</summary>
    internal const int PayloadBudget = 3_500_000;

    /// <summary>Approximate multipart framing per operation (boundaries, request line, headers).</summary>
    private const int OperationOverhead = 600;

    public static TurnCommitPlan Create(TurnCommit commit, int maxOperations = TableBatchWriter.MaxOperations)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var instanceId = commit.NewState.InstanceId;
        if (commit.ConsumedInbox.Count + 1 > maxOperations)
        {
            throw new ArgumentException(
                $"A turn of instance '{instanceId}' consumes {commit.ConsumedInbox.Count} inbox messages; at most {maxOperations - 1} fit in the checkpoint transaction.",
                nameof(commit));
        }

        var state = InstanceStateEntity.ToEntity(commit.NewState);
        var deletes = commit.ConsumedInbox
            .Select(id => new TableEntity(InstanceKeys.PartitionKey(instanceId), InstanceKeys.InboxRowKey(id)))
            .ToList();
        var history = commit.NewEvents.Select(e => InstanceRowEntities.History(instanceId, e)).Select(h => (Entity: h, Size: Size(h))).ToList();

        var finalCount = 1 + deletes.Count;
        var finalSize = Size(state) + (deletes.Count * OperationOverhead);
        var split = history.Count;
        while (split > 0 && finalCount < maxOperations && finalSize + history[split - 1].Size <= PayloadBudget)
        {
            split--;
            finalCount++;
            finalSize += history[split].Size;
        }

        return new TurnCommitPlan(state, Chunk(history.Take(split).ToList(), maxOperations - 1), history.Skip(split).Select(h => h.Entity).ToList(), deletes);
    }

    private static List<IReadOnlyList<TableEntity>> Chunk(List<(TableEntity Entity, int Size)> rows, int maxRows)
    {
        var chunks = new List<IReadOnlyList<TableEntity>>();
        var current = new List<TableEntity>();
        var size = OperationOverhead;
        foreach (var (entity, rowSize) in rows)
        {
            if (current.Count > 0 && (current.Count == maxRows || size + rowSize > PayloadBudget))
            {
                chunks.Add(current);
                current = [];
                size = OperationOverhead;
            }

            current.Add(entity);
            size += rowSize;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    private static int Size(TableEntity entity) => TableEntityJson.Serialize(entity).Length + OperationOverhead;
}
