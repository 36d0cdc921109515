using AutoRemediate.Durable.Store;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Durable.Worker;

/// <summary>
/// Keeps a received message invisible while its work runs, extending every third of the visibility timeout; this
/// is the "lease" of an activity. If the worker dies the extensions stop and the message reappears.
/// </summary>
internal sealed class MessageVisibilityExtender
{
    private readonly IWorkQueue queue;
    private readonly TimeSpan visibilityTimeout;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private MessageVisibilityExtender(IWorkQueue queue, ReceivedWorkMessage message, TimeSpan visibilityTimeout, TimeProvider timeProvider, ILogger logger)
    {
        this.queue = queue;
        this.visibilityTimeout = visibilityTimeout;
        this.timeProvider = timeProvider;
        this.logger = logger;
        Current = message;
        loop = ExtendLoopAsync();
    }

    /// <summary>The message with its latest pop receipt.</summary>
    public ReceivedWorkMessage Current { get; private set; }

    public static MessageVisibilityExtender Start(IWorkQueue queue, ReceivedWorkMessage message, TimeSpan visibilityTimeout, TimeProvider timeProvider, ILogger logger) =>
        new(queue, message, visibilityTimeout, timeProvider, logger);

    /// <summary>Stops extending (idempotent) and returns the message with its latest pop receipt.</summary>
    public async Task<ReceivedWorkMessage> StopAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
        }

        await loop;
        return Current;
    }

    private async Task ExtendLoopAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(visibilityTimeout / 3, timeProvider, stop.Token);
                Current = await queue.SetVisibilityAsync(Current, visibilityTimeout, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by the work item.
        }
        catch (Exception ex)
        {
            logger.VisibilityExtensionFailed(ex, Current.MessageId);
        }
    }
}
