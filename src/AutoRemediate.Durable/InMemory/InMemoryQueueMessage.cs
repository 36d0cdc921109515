namespace AutoRemediate.Durable.InMemory;

/// <summary>One message in <see cref="InMemoryWorkQueue"/>; guarded by the queue's lock.</summary>
internal sealed class InMemoryQueueMessage(string messageId, long sequence, string body, DateTimeOffset visibleAt)
{
    public string MessageId { get; } = messageId;

    public long Sequence { get; } = sequence;

    public string Body { get; } = body;

    public DateTimeOffset VisibleAt { get; set; } = visibleAt;

    public string PopReceipt { get; set; } = string.Empty;

    public int DequeueCount { get; set; }
}
