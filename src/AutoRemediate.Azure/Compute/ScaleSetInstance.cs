using Azure.ResourceManager.Compute;

namespace AutoRemediate.Azure.Compute;

/// <summary>One VM of a scale set, with the state a rolling restart watches.</summary>
/// <param name="InstanceId">The instance id used in restart requests.</param>
/// <param name="Name">The VM name.</param>
/// <param name="ProvisioningState">ARM's provisioning state, e.g. <c>Succeeded</c> or <c>Updating</c>.</param>
/// <param name="PowerState">From the instance view, e.g. <c>running</c>, <c>starting</c>, <c>stopped</c>; <see langword="null"/> if not reported.</param>
/// <param name="HealthState">From the application health extension, e.g. <c>healthy</c>; <see langword="null"/> if not reported.</param>
public sealed record ScaleSetInstance(string InstanceId, string Name, string? ProvisioningState, string? PowerState, string? HealthState)
{
    /// <summary>Running, with no health report or a healthy one.</summary>
    public bool IsRunningAndHealthy =>
        PowerState == "running" && (HealthState is null || HealthState == "healthy")
        && string.Equals(ProvisioningState, "Succeeded", StringComparison.OrdinalIgnoreCase);

    internal static ScaleSetInstance From(VirtualMachineScaleSetVmData vm)
    {
        var power = vm.InstanceView?.Statuses
            .Select(status => status.Code)
            .FirstOrDefault(code => code?.StartsWith("PowerState/", StringComparison.Ordinal) == true)?["PowerState/".Length..];
        var health = vm.InstanceView?.VmHealthStatus?.Code?.Replace("HealthState/", string.Empty, StringComparison.Ordinal);
        return new ScaleSetInstance(vm.InstanceId, vm.Name ?? string.Empty, vm.ProvisioningState, power, health);
    }
}
