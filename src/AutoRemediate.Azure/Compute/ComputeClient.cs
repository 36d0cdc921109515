using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Compute.Models;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Resources;
using AutoRemediate.Azure.Sdk;

namespace AutoRemediate.Azure.Compute;

/// <summary>The compute port on Azure.ResourceManager.Compute: the SDK builds the requests and picks the API version.</summary>
internal sealed class ComputeClient(ArmClient arm, SdkCalls calls) : IComputeClient
{
    private const string VirtualMachines = "Microsoft.Compute/virtualMachines";
    private const string ScaleSets = "Microsoft.Compute/virtualMachineScaleSets";

    public Task<AzureActionResult> RestartVirtualMachineAsync(ResourceIdentifier virtualMachine, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(virtualMachine, VirtualMachines);
        var vm = arm.GetVirtualMachineResource(virtualMachine);
        return calls.ChangeAsync(
            $"POST {virtualMachine}/restart", async () => await vm.RestartAsync(WaitUntil.Started, cancellationToken).ConfigureAwait(false), waitForCompletion: true, cancellationToken);
    }

    public Task<AzureResult<IReadOnlyList<ScaleSetInstance>>> ListInstancesAsync(ResourceIdentifier scaleSet, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(scaleSet, ScaleSets);
        var instances = arm.GetVirtualMachineScaleSetResource(scaleSet).GetVirtualMachineScaleSetVms().GetAllAsync(expand: "instanceView", cancellationToken: cancellationToken);
        return calls.ReadAllAsync($"GET {scaleSet}/virtualMachines", instances, vm => ScaleSetInstance.From(vm.Data));
    }

    public Task<AzureResult<ScaleSetInstance>> GetInstanceAsync(ResourceIdentifier scaleSet, string instanceId, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(scaleSet, ScaleSets);
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        var instances = arm.GetVirtualMachineScaleSetResource(scaleSet).GetVirtualMachineScaleSetVms();
        return calls.ReadAsync(
            $"GET {scaleSet}/virtualMachines/{instanceId}",
            () => instances.GetAsync(instanceId, InstanceViewType.InstanceView, cancellationToken),
            response => ScaleSetInstance.From(response.Value.Data));
    }

    public Task<AzureActionResult> RestartInstancesAsync(ResourceIdentifier scaleSet, IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(scaleSet, ScaleSets);
        ArgumentNullException.ThrowIfNull(instanceIds);
        if (instanceIds.Count == 0 || instanceIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one instance: an empty list restarts the whole scale set.", nameof(instanceIds));
        }

        var ids = new VirtualMachineScaleSetVmInstanceIds();
        foreach (var id in instanceIds)
        {
            ids.InstanceIds.Add(id);
        }

        var resource = arm.GetVirtualMachineScaleSetResource(scaleSet);
        return calls.ChangeAsync(
            $"POST {scaleSet}/restart", async () => await resource.RestartAsync(WaitUntil.Started, ids, cancellationToken).ConfigureAwait(false), waitForCompletion: true, cancellationToken);
    }

    public Task<AzureResult<int>> GetCapacityAsync(ResourceIdentifier scaleSet, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(scaleSet, ScaleSets);
        var resource = arm.GetVirtualMachineScaleSetResource(scaleSet);
        return calls.ReadAsync($"GET {scaleSet}", () => resource.GetAsync(cancellationToken: cancellationToken), response => (int)(response.Value.Data.Sku?.Capacity ?? 0));
    }

    public Task<AzureActionResult> SetCapacityAsync(ResourceIdentifier scaleSet, int capacity, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(scaleSet, ScaleSets);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var patch = new VirtualMachineScaleSetPatch { Sku = new ComputeSku { Capacity = capacity } };
        var resource = arm.GetVirtualMachineScaleSetResource(scaleSet);
        return calls.ChangeAsync(
            $"PATCH {scaleSet}", async () => await resource.UpdateAsync(WaitUntil.Started, patch, cancellationToken).ConfigureAwait(false), waitForCompletion: true, cancellationToken);
    }
}
