using System.Globalization;
using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.InMemory;

/// <summary>
/// A thread-safe, in-process <see cref="IWorkQueue"/> with Azure Storage queue semantics: delayed visibility, receipt
/// timeouts driven by the injected <see cref="TimeProvider"/>, pop receipts that change on every receive or
/// extension, and the same body and delay limits.
/// </summary>
public sealed class InMemoryWorkQueue(TimeProvider timeProvider) : IWorkQueue
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, InMemoryQueueMessage> messages = [];
    private long sequence;

    /// <summary>Messages stored, visible or not (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return messages.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task EnqueueAsync(string body, TimeSpan visibilityDelay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = WorkMessageSerializer.ByteCount(body);
        if (bytes > WorkMessageLimits.MaxBodyBytes)
        {
            throw new ArgumentException($"The message body is {bytes} bytes; the queue takes at most {WorkMessageLimits.MaxBodyBytes}.", nameof(body));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(visibilityDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(visibilityDelay, WorkMessageLimits.MaxVisibilityDelay);
        lock (gate)
        {
            var next = ++sequence;
            var id = next.ToString(CultureInfo.InvariantCulture);
            messages.Add(id, new InMemoryQueueMessage(id, next, body, timeProvider.GetUtcNow() + visibilityDelay));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReceivedWorkMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(visibilityTimeout, TimeSpan.Zero);
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            IReadOnlyList<ReceivedWorkMessage> received = messages.Values
                .Where(m => m.VisibleAt <= now)
                .OrderBy(m => m.VisibleAt)
                .ThenBy(m => m.Sequence)
                .Take(maxMessages)
                .ToList()
                .Select(m =>
                {
                    m.VisibleAt = now + visibilityTimeout;
                    m.DequeueCount++;
                    m.PopReceipt = NewReceipt();
                    return new ReceivedWorkMessage(m.MessageId, m.PopReceipt, m.Body, m.DequeueCount);
                })
                .ToList();
            return Task.FromResult(received);
        }
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The message is gone or was received again since (stale pop receipt).</exception>
    public Task DeleteAsync(ReceivedWorkMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (gate)
        {
            messages.Remove(Current(message).MessageId);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The message is gone or was received again since (stale pop receipt).</exception>
    public Task<ReceivedWorkMessage> SetVisibilityAsync(ReceivedWorkMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfLessThan(visibilityTimeout, TimeSpan.Zero);
        lock (gate)
        {
            var stored = Current(message);
            stored.VisibleAt = timeProvider.GetUtcNow() + visibilityTimeout;
            stored.PopReceipt = NewReceipt();
            return Task.FromResult(message with { PopReceipt = stored.PopReceipt });
        }
    }

    private InMemoryQueueMessage Current(ReceivedWorkMessage message) =>
        messages.TryGetValue(message.MessageId, out var stored) && stored.PopReceipt == message.PopReceipt
            ? stored
            : throw new InvalidOperationException($"Message '{message.MessageId}' is gone or its pop receipt is stale.");

    private string NewReceipt() => (++sequence).ToString("x", CultureInfo.InvariantCulture);
}
