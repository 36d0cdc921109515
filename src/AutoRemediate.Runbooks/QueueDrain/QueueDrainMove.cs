using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>The ledgered handling of one received message; see <see cref="QueueDrainWorker"/> for the protocol.</summary>
internal sealed class QueueDrainMove(
    QueueDrainPlan plan, QueueClient source, QueueClient? destination, QueueDrainLedger ledger, QueueDrainArchive archive, TimeProvider timeProvider)
{
    /// <summary>The service's "never expires" time-to-live (-1 s).</summary>
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    public QueueClient Source => source;

    public QueueDrainLedger Ledger => ledger;

    public async Task<QueueDrainMessageOutcome> HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var sha = QueueDrainBody.Sha256(message.MessageText);
        if (!await ledger.TryRecordIntentAsync(message.MessageId, plan.RunId, sha, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return await ResolveSeenBeforeAsync(message, cancellationToken).ConfigureAwait(false);
        }

        string? destinationId = null;
        if (destination is not null)
        {
            var sent = await destination.SendMessageAsync(message.MessageText, visibilityTimeout: null, timeToLive: NeverExpires, cancellationToken).ConfigureAwait(false);
            destinationId = sent.Value.MessageId;
        }
        else
        {
            await archive.KeepAsync(message, plan.RunId, QueueDrainLedgerState.Done, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        await ledger.MarkAsync(message.MessageId, QueueDrainLedgerState.Done, timeProvider.GetUtcNow(), destinationId, cancellationToken).ConfigureAwait(false);
        return await DeleteAsync(message, destination is null ? QueueDrainMessageOutcome.Archived : QueueDrainMessageOutcome.Moved, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QueueDrainMessageOutcome> ResolveSeenBeforeAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var state = await ledger.GetStateAsync(message.MessageId, cancellationToken).ConfigureAwait(false);
        if (state is QueueDrainLedgerState.Done or QueueDrainLedgerState.InDoubt)
        {
            return await DeleteAsync(message, QueueDrainMessageOutcome.AlreadyDone, cancellationToken).ConfigureAwait(false);
        }

        // Intent: whether the earlier put happened is unknown, and a second put would duplicate it. Set it aside instead.
        await archive.KeepAsync(message, plan.RunId, QueueDrainLedgerState.InDoubt, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await ledger.MarkAsync(message.MessageId, QueueDrainLedgerState.InDoubt, timeProvider.GetUtcNow(), null, cancellationToken).ConfigureAwait(false);
        await DeleteAsync(message, QueueDrainMessageOutcome.SetAsideInDoubt, cancellationToken).ConfigureAwait(false);
        return QueueDrainMessageOutcome.SetAsideInDoubt;
    }

    private async Task<QueueDrainMessageOutcome> DeleteAsync(QueueMessage message, QueueDrainMessageOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await source.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        catch (RequestFailedException ex) when (ex.Status == 404 || ex.ErrorCode == "PopReceiptMismatch")
        {
            // Hidden too long and received again elsewhere: that copy finds the ledger row and is only deleted.
            return QueueDrainMessageOutcome.DeletePending;
        }
    }
}
