using System.Text;
using AutoRemediate.Storage.Queues;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>
/// Keeps messages taken off a queue without being moved: archived on purpose, or set aside because a crash left it
/// unknown whether their move happened. Same keys as the ledger, so writing a message twice overwrites one row.
/// </summary>
/// <remarks>
/// The body is the message text exactly as the queue service returned it, stored as UTF-8 bytes in an Edm.Binary
/// column (a queue message is at most 64 KiB of that text, which a binary property holds; a string property holds only
/// 32 K characters).
/// </remarks>
internal sealed class QueueDrainArchive(TableClient table, string partition)
{
    public const string BodyColumn = "Body";
    public const string ReasonColumn = "Reason";

    public Task KeepAsync(QueueMessage message, string runId, QueueDrainLedgerState reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(
            new TableEntity(partition, message.MessageId)
            {
                [BodyColumn] = Encoding.UTF8.GetBytes(message.Text),
                [ReasonColumn] = reason == QueueDrainLedgerState.InDoubt ? "InDoubt" : "Archived",
                ["RunId"] = runId,
                ["BodySha256"] = QueueDrainBody.Sha256(message.Text),
                ["DequeueCount"] = message.DequeueCount,
                ["InsertedOn"] = message.InsertedOn,
                ["ArchivedAt"] = now,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>The message text of an archived row, as it was on the queue.</summary>
    public static string Body(TableEntity row) => Encoding.UTF8.GetString(row.GetBinary(BodyColumn) ?? []);
}
