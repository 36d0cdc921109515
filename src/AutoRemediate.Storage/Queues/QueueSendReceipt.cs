namespace AutoRemediate.Storage.Queues;

/// <summary>What the service returns for a sent message.</summary>
/// <param name="ExpiresOn">Null for a message that never expires.</param>
public sealed record QueueSendReceipt(string MessageId, string PopReceipt, DateTimeOffset InsertedOn, DateTimeOffset? ExpiresOn, DateTimeOffset NextVisibleOn);
