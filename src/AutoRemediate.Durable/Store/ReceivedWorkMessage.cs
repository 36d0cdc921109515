namespace AutoRemediate.Durable.Store;

/// <summary>A work message taken from the queue; invisible to others until its visibility timeout passes.</summary>
/// <param name="PopReceipt">Proof of this receipt; needed to delete or extend, and changed by each extension.</param>
public sealed record ReceivedWorkMessage(string MessageId, string PopReceipt, string Body, int DequeueCount);
