using Azure.Core;

namespace AutoRemediate.Runbooks.Restart;

/// <summary>Reads the kind from a resource id's type.</summary>
internal static class RestartTargetKinds
{
    public static RestartTargetKind Of(string resourceId) => new ResourceIdentifier(resourceId).ResourceType.ToString().ToLowerInvariant() switch
    {
        "microsoft.web/sites" => RestartTargetKind.Site,
        "microsoft.web/sites/slots" => RestartTargetKind.Slot,
        "microsoft.compute/virtualmachines" => RestartTargetKind.VirtualMachine,
        "microsoft.compute/virtualmachinescalesets" => RestartTargetKind.ScaleSet,
        "microsoft.app/containerapps" => RestartTargetKind.ContainerApp,
        _ => RestartTargetKind.Unsupported,
    };
}
