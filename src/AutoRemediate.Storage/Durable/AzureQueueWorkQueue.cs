using System.Text;
using AutoRemediate.Durable.Store;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Storage.Durable;

/// <summary>
/// <see cref="IWorkQueue"/> over one storage queue. Messages never expire (the engine owns their lifetime);
/// delays are capped at the service's 7 days; bodies at 48 KiB of UTF-8 (64 KiB once base64-encoded).
/// </summary>
internal sealed class AzureQueueWorkQueue : IWorkQueue
{
    public const int MaxBodyBytes = 48 * 1024;

    private readonly QueueClient _queue;
    private readonly CreateOnce _created;
    private readonly ILogger _logger;

    public AzureQueueWorkQueue(QueueClient queue, ILogger<AzureQueueWorkQueue> logger)
    {
        _queue = queue;
        _logger = logger;
        _created = new CreateOnce(ct => queue.CreateIfNotExistsAsync(ct));
    }

    public async Task EnqueueAsync(string body, TimeSpan visibilityDelay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (visibilityDelay < TimeSpan.Zero || visibilityDelay > QueueClient.MaxVisibilityTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(visibilityDelay), visibilityDelay, "A work message delay must be between 0 and 7 days; re-queue longer timers.");
        }

        var size = Encoding.UTF8.GetByteCount(body);
        if (size > MaxBodyBytes)
        {
            throw new ArgumentException(FormattableString.Invariant($"A work message body is limited to {MaxBodyBytes} bytes of UTF-8; this one is {size}."), nameof(body));
        }

        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await _queue.SendMessageAsync(body, visibilityDelay, QueueClient.InfiniteTimeToLive, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReceivedWorkMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessages);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        // The service hands out at most 32 per call; asking for more just yields a full batch.
        var messages = await _queue.ReceiveMessagesAsync(Math.Min(maxMessages, 32), visibilityTimeout, cancellationToken).ConfigureAwait(false);
        return messages.Select(m => new ReceivedWorkMessage(m.MessageId, m.PopReceipt, m.Text, m.DequeueCount)).ToList();
    }

    public async Task DeleteAsync(ReceivedWorkMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageRequestException exception) when (exception.Status == 404 || exception.ErrorCode == "PopReceiptMismatch")
        {
            // Gone already, or re-received by another worker after its timeout: that worker now owns it, and
            // at-least-once processing tolerates the repeat.
            DurableStoreLog.WorkMessageDeleteLost(_logger, message.MessageId, exception.Status);
        }
    }

    public async Task<ReceivedWorkMessage> SetVisibilityAsync(ReceivedWorkMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var receipt = await _queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout, cancellationToken: cancellationToken).ConfigureAwait(false);
        return message with { PopReceipt = receipt.PopReceipt };
    }
}
