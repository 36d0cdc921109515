using AutoRemediate.Durable.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Durable.Worker;

/// <summary>
/// The polling worker: receives work messages with adaptive back-off, runs up to
/// <see cref="DurableEngineOptions.MaxConcurrentWorkItems"/> of them at once through <see cref="WorkItemProcessor"/>,
/// keeps each message invisible while it runs, and deletes it when done.
/// </summary>
/// <remarks>
/// Shutdown stops receiving and lets in-flight work finish; work still running when the host's shutdown timeout
/// ends is cancelled (abandoned): its lease is released and its message reappears after the visibility timeout.
/// </remarks>
internal sealed class DurableWorker(
    IWorkQueue queue,
    WorkItemProcessor processor,
    WorkerIdentity worker,
    TimeProvider timeProvider,
    IOptions<DurableEngineOptions> options,
    ILogger<DurableWorker> logger) : BackgroundService
{
    private const int MaxReceiveBatch = 32;
    private readonly CancellationTokenSource abandon = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(abandon.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        abandon.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        logger.WorkerStarted(worker.Id, settings.MaxConcurrentWorkItems);
        using var slots = new SemaphoreSlim(settings.MaxConcurrentWorkItems, settings.MaxConcurrentWorkItems);
        var inFlight = new List<Task>();
        var delay = settings.MinPollingInterval;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken);
                var free = 1;
                while (free < Math.Min(settings.MaxConcurrentWorkItems, MaxReceiveBatch) && slots.Wait(0))
                {
                    free++;
                }

                var batch = await ReceiveAsync(free, settings.MessageVisibilityTimeout, stoppingToken);
                if (free > batch.Count)
                {
                    slots.Release(free - batch.Count);
                }

                inFlight.RemoveAll(t => t.IsCompleted);
                foreach (var message in batch)
                {
                    inFlight.Add(ProcessOneAsync(message, slots, settings.MessageVisibilityTimeout));
                }

                if (batch.Count > 0)
                {
                    delay = settings.MinPollingInterval;
                    continue;
                }

                await Task.Delay(delay, timeProvider, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxPollingInterval.Ticks));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: stop receiving.
        }

        await Task.WhenAll(inFlight);
        logger.WorkerStopped(worker.Id);
    }

    private async Task<IReadOnlyList<ReceivedWorkMessage>> ReceiveAsync(int max, TimeSpan visibilityTimeout, CancellationToken stoppingToken)
    {
        try
        {
            return await queue.ReceiveAsync(max, visibilityTimeout, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ReceiveFailed(ex);
            return [];
        }
    }

    private async Task ProcessOneAsync(ReceivedWorkMessage message, SemaphoreSlim slots, TimeSpan visibilityTimeout)
    {
        await Task.Yield();
        var extender = PeriodicRenewal<ReceivedWorkMessage>.ForMessage(queue, message, visibilityTimeout, timeProvider, logger);
        try
        {
            await processor.ProcessAsync(message.Body, abandon.Token);
            var current = await extender.StopAsync();
            await DeleteQuietlyAsync(current);
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            logger.WorkItemAbandoned(message.MessageId);
        }
        catch (Exception ex)
        {
            logger.WorkItemFailed(ex, message.MessageId, message.DequeueCount);
        }
        finally
        {
            await extender.StopAsync();
            slots.Release();
        }
    }

    private async Task DeleteQuietlyAsync(ReceivedWorkMessage message)
    {
        try
        {
            await queue.DeleteAsync(message, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.MessageDeleteFailed(ex, message.MessageId);
        }
    }
}
