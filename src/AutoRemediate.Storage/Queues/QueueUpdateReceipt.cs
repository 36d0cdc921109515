namespace AutoRemediate.Storage.Queues;

/// <summary>The result of updating a message: its new pop receipt and when it becomes visible again.</summary>
public sealed record QueueUpdateReceipt(string PopReceipt, DateTimeOffset NextVisibleOn);
