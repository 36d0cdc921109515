namespace AutoRemediate.Storage.Queues;

/// <summary>A message received from a queue; invisible to other receivers until <see cref="NextVisibleOn"/>.</summary>
/// <param name="PopReceipt">Needed to delete or update the message; each update issues a new one.</param>
/// <param name="DequeueCount">How many times the message has been received, this time included.</param>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    string Text,
    int DequeueCount,
    DateTimeOffset InsertedOn,
    DateTimeOffset? ExpiresOn,
    DateTimeOffset NextVisibleOn);
