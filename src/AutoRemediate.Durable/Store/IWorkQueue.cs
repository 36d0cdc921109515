namespace AutoRemediate.Durable.Store;

/// <summary>
/// The port for work dispatch: at-least-once messages with delayed visibility (durable timers) and receipt
/// timeouts (crash recovery). Implemented over an Azure Storage queue and in memory.
/// </summary>
/// <remarks>Bodies are at most 48 KiB of text; delays at most 7 days (the engine re-queues longer timers).</remarks>
public interface IWorkQueue
{
    Task EnqueueAsync(string body, TimeSpan visibilityDelay, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReceivedWorkMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken);

    Task DeleteAsync(ReceivedWorkMessage message, CancellationToken cancellationToken);

    /// <summary>Makes the message invisible for <paramref name="visibilityTimeout"/> from now; returns it with its new pop receipt.</summary>
    Task<ReceivedWorkMessage> SetVisibilityAsync(ReceivedWorkMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken);
}
