namespace AutoRemediate.Storage.Queues;

/// <summary>A message seen without receiving it: no pop receipt, visibility unchanged.</summary>
public sealed record PeekedQueueMessage(string MessageId, string Text, int DequeueCount, DateTimeOffset InsertedOn, DateTimeOffset? ExpiresOn);
