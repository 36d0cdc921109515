using AutoRemediate.Azure.Compute;
using Microsoft.DurableTask;
using Azure.Core;

namespace AutoRemediate.Runbooks.Restart;

/// <summary>Lists a scale set's instances with their instance view (a read: live in a dry run too).</summary>
internal sealed class ScaleSetInstancesActivity(IComputeClient compute) : TaskActivity<string, IReadOnlyList<InstanceHealth>>
{
    public const string Name = "RunbookScaleSetInstances";

    public override async Task<IReadOnlyList<InstanceHealth>> RunAsync(TaskActivityContext context, string input)
    {
        var instances = await compute.ListInstancesAsync(new ResourceIdentifier(input), CancellationToken.None);
        return [.. instances.Value.Select(i => new InstanceHealth(i.InstanceId, i.IsRunningAndHealthy, $"{i.PowerState ?? "unknown"}/{i.HealthState ?? "no health report"}"))];
    }
}
