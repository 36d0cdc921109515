using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Maintenance;

/// <summary>The self-hosted stand-in for the InstancePurge timer function.</summary>
internal sealed class InstancePurgeService(InstancePurge purge, IOptions<InstancePurgeOptions> options, TimeProvider time, ILogger<InstancePurgeService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await purge.RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed purge is retried at the next tick; it must never stop the host.
                logger.PurgeFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
