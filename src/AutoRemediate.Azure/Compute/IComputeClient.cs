using Azure.Core;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Compute;

/// <summary>Virtual machine and scale set actions.</summary>
public interface IComputeClient
{
    /// <summary>Restarts a VM (<c>POST {vm}/restart</c>) and waits for the operation to finish.</summary>
    Task<AzureActionResult> RestartVirtualMachineAsync(ResourceIdentifier virtualMachine, CancellationToken cancellationToken = default);

    /// <summary>Lists a scale set's instances with their power and health state.</summary>
    Task<AzureResult<IReadOnlyList<ScaleSetInstance>>> ListInstancesAsync(ResourceIdentifier scaleSet, CancellationToken cancellationToken = default);

    /// <summary>Reads one instance with its power and health state.</summary>
    Task<AzureResult<ScaleSetInstance>> GetInstanceAsync(ResourceIdentifier scaleSet, string instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Restarts the given instances (<c>POST {scaleSet}/restart</c> with <c>instanceIds</c>) and waits for the operation.
    /// An empty list is refused: Azure would restart every instance.
    /// </summary>
    Task<AzureActionResult> RestartInstancesAsync(ResourceIdentifier scaleSet, IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default);

    /// <summary>The scale set's instance count (<c>sku.capacity</c>).</summary>
    Task<AzureResult<int>> GetCapacityAsync(ResourceIdentifier scaleSet, CancellationToken cancellationToken = default);

    /// <summary>Sets the instance count (<c>PATCH {scaleSet}</c> with <c>sku.capacity</c>) and waits for the operation.</summary>
    Task<AzureActionResult> SetCapacityAsync(ResourceIdentifier scaleSet, int capacity, CancellationToken cancellationToken = default);
}
