using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Queues.Models;

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

    public Task KeepAsync(QueueMessage message, string runId, QueueDrainLedgerState reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = new TableEntity(partition, message.MessageId)
        {
            [BodyColumn] = Encoding.UTF8.GetBytes(message.MessageText),
            [ReasonColumn] = reason == QueueDrainLedgerState.InDoubt ? "InDoubt" : "Archived",
            ["RunId"] = runId,
            ["BodySha256"] = QueueDrainBody.Sha256(message.MessageText),
            // Edm.Int32, as the column has always been written; a queue's dequeue count never nears its limit.
            ["DequeueCount"] = (int)Math.Min(message.DequeueCount, int.MaxValue),
            ["ArchivedAt"] = now,
        };
        if (message.InsertedOn is { } insertedOn)
        {
            row["InsertedOn"] = insertedOn;
        }

        return table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The message text of an archived row, as it was on the queue.</summary>
    public static string Body(TableEntity row) => Encoding.UTF8.GetString(row.GetBinary(BodyColumn) ?? []);
}
