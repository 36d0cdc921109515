using System.Diagnostics;
using Azure;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <inheritdoc />
/// <remarks>
/// <para>Per message, in this order: ledger <c>Intent</c> (insert; fails if a row exists) → put on the destination (or
/// write the archive row) → ledger <c>Done</c> → delete from the source. Each step is checkpointed before the next, so a
/// message that comes back after a crash finds its row:</para>
/// <list type="bullet">
/// <item><c>Done</c>: it was moved; only the delete is repeated.</item>
/// <item><c>Intent</c>: the process died between the intent and <c>Done</c>, and a queue put is not idempotent: the
/// put may or may not have happened. It is never put again; it goes to the archive table as <c>InDoubt</c> (body
/// intact) and is reported, so a person checks the destination. This is the one residual window: at most one
/// message per crashed attempt, since messages are moved one at a time.</item>
/// <item><c>InDoubt</c>: already set aside; only the delete is repeated.</item>
/// </list>
/// <para>Archiving has no window: the archive row is keyed by the message id, so writing it twice is harmless.</para>
/// </remarks>
internal sealed class QueueDrainWorker(
    QueueDrainAccounts accounts, IOptions<QueueDrainOptions> options, TimeProvider timeProvider, ILogger<QueueDrainWorker> logger) : IQueueDrainWorker
{
    private const int SampleCount = 10;

    public async Task<QueueDrainSurvey> SurveyAsync(QueueDrainPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var queues = accounts.Queues(plan.AccountName);
        var source = queues.GetQueueClient(plan.SourceQueue);
        var sourceCount = await CountAsync(source, cancellationToken).ConfigureAwait(false);
        var destinationCount = plan.DestinationQueue is { } destination
            ? await CountAsync(queues.GetQueueClient(destination), cancellationToken).ConfigureAwait(false)
            : 0;
        var samples = sourceCount is > 0
            ? (await source.PeekMessagesAsync(SampleCount, cancellationToken).ConfigureAwait(false)).Value
                .Select(m => $"{m.MessageId}: {QueueDrainBody.Size(m.MessageText)} bytes, sha256 {QueueDrainBody.Sha256(m.MessageText)[..16]}, dequeued {m.DequeueCount}x, inserted {m.InsertedOn:O}")
                .ToList()
            : [];
        var settings = options.Value;
        return new QueueDrainSurvey(
            queues.Uri.AbsoluteUri,
            sourceCount is not null,
            sourceCount ?? 0,
            plan.DestinationQueue is null || destinationCount is not null,
            destinationCount ?? 0,
            samples,
            PlannedRequests(plan, queues.Uri, accounts.TableEndpoint(plan.AccountName), settings),
            settings.VisibilityTimeout);
    }

    public async Task<QueueDrainBatchResult> RunBatchAsync(QueueDrainPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var settings = options.Value;
        var stopwatch = Stopwatch.StartNew();
        var queues = accounts.Queues(plan.AccountName);
        var ledgerTable = await accounts.TableAsync(plan.AccountName, settings.LedgerTable, cancellationToken).ConfigureAwait(false);
        var archiveTable = await accounts.TableAsync(plan.AccountName, plan.ArchiveTable, cancellationToken).ConfigureAwait(false);
        var move = new QueueDrainMove(
            plan,
            queues.GetQueueClient(plan.SourceQueue),
            plan.DestinationQueue is { } destination ? queues.GetQueueClient(destination) : null,
            new QueueDrainLedger(ledgerTable, plan.LedgerPartition),
            new QueueDrainArchive(archiveTable, plan.LedgerPartition),
            timeProvider);

        // Counted from the ledger, not from earlier results: a result lost to a crash still counts against the limit.
        var runTotal = await move.Ledger.CountRunAsync(plan.RunId, cancellationToken).ConfigureAwait(false);
        var tally = new QueueDrainTally();
        var pace = new QueueDrainPace(plan.MessagesPerSecond, timeProvider);
        while (tally.Received < settings.BatchSize && runTotal < plan.MaxMessages)
        {
            var wanted = Math.Min(QueueDrainOptions.MaxReceiveCount, Math.Min(settings.BatchSize - tally.Received, plan.MaxMessages - runTotal));
            var messages = (await move.Source.ReceiveMessagesAsync(wanted, settings.VisibilityTimeout, cancellationToken).ConfigureAwait(false)).Value;
            if (messages.Length == 0)
            {
                break;
            }

            foreach (var message in messages)
            {
                await pace.WaitTurnAsync(cancellationToken).ConfigureAwait(false);
                var handled = await move.HandleAsync(message, cancellationToken).ConfigureAwait(false);
                tally.Add(handled, message.MessageId);
                runTotal += handled is QueueDrainMessageOutcome.Moved or QueueDrainMessageOutcome.Archived ? 1 : 0;
            }
        }

        var remaining = await CountAsync(move.Source, cancellationToken).ConfigureAwait(false) ?? 0;
        QueueDrainLogs.BatchDone(logger, plan.AccountName, plan.SourceQueue, tally.Moved, tally.Archived, tally.InDoubt.Count, runTotal, remaining);
        return new QueueDrainBatchResult(
            tally.Received, tally.Moved, tally.Archived, tally.AlreadyDone, tally.InDoubt, tally.DeletesPending, runTotal, remaining, stopwatch.Elapsed);
    }

    private static async Task<int?> CountAsync(QueueClient queue, CancellationToken cancellationToken)
    {
        try
        {
            return (await queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException missing) when (missing.Status == 404)
        {
            return null;
        }
    }

    private static List<string> PlannedRequests(QueueDrainPlan plan, Uri queues, Uri tables, QueueDrainOptions settings)
    {
        var queueBase = queues.AbsoluteUri.TrimEnd('/');
        var tableBase = tables.AbsoluteUri.TrimEnd('/');
        var seconds = (int)Math.Ceiling(settings.VisibilityTimeout.TotalSeconds);
        var keep = plan.Mode == QueueDrainMode.Move
            ? $"POST {queueBase}/{plan.DestinationQueue}/messages (the message text exactly as received)"
            : $"PUT {tableBase}/{plan.ArchiveTable}(PartitionKey='{plan.LedgerPartition}',RowKey='{{messageId}}') (Body = the message text)";
        return
        [
            $"GET {queueBase}/{plan.SourceQueue}/messages?numofmessages=32&visibilitytimeout={seconds}",
            $"POST {tableBase}/{settings.LedgerTable} (PartitionKey='{plan.LedgerPartition}', RowKey={{messageId}}, State=Intent, RunId={plan.RunId})",
            keep,
            $"MERGE {tableBase}/{settings.LedgerTable}(PartitionKey='{plan.LedgerPartition}',RowKey='{{messageId}}') (State=Done)",
            $"DELETE {queueBase}/{plan.SourceQueue}/messages/{{messageId}}?popreceipt={{popReceipt}}",
        ];
    }
}
