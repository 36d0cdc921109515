using AutoRemediate.Functions.Engine;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Maintenance;

/// <summary>Deletes finished instances older than the retention period; run by a timer in either hosting mode.</summary>
internal sealed class InstancePurge(DurableTaskClient client, IOptions<InstancePurgeOptions> options, TimeProvider time, ILogger<InstancePurge> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.Retention;
        var purged = await client.PurgeEndedBeforeAsync(cutoff, cancellationToken);
        logger.InstancesPurged(purged, cutoff);
        return purged;
    }
}
