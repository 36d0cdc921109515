using System.Text.Json;

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

    internal static ScaleSetInstance From(JsonElement vm)
    {
        var properties = vm.TryGetProperty("properties", out var p) ? p : default;
        var view = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("instanceView", out var v) ? v : default;
        string? power = null;
        if (view.ValueKind == JsonValueKind.Object && view.TryGetProperty("statuses", out var statuses))
        {
            power = statuses.EnumerateArray()
                .Select(s => s.TryGetProperty("code", out var code) ? code.GetString() : null)
                .FirstOrDefault(code => code?.StartsWith("PowerState/", StringComparison.Ordinal) == true)?["PowerState/".Length..];
        }

        string? health = null;
        if (view.ValueKind == JsonValueKind.Object && view.TryGetProperty("vmHealth", out var vmHealth)
            && vmHealth.TryGetProperty("status", out var healthStatus) && healthStatus.TryGetProperty("code", out var healthCode))
        {
            health = healthCode.GetString()?.Replace("HealthState/", string.Empty, StringComparison.Ordinal);
        }

        return new ScaleSetInstance(
            vm.GetProperty("instanceId").GetString()!,
            vm.TryGetProperty("name", out var name) ? name.GetString()! : string.Empty,
            properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("provisioningState", out var state) ? state.GetString() : null,
            power,
            health);
    }
}
