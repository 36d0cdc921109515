using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.ContainerApps;
using AutoRemediate.Azure.KeyVault;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Resources;

namespace AutoRemediate.Azure.DryRun;

/// <summary>
/// The clients of one dry run. They send reads (so a runbook sees real state and builds the same bodies), record every
/// change instead of sending it, and answer changes with <see cref="AzureActionResult.DryRun"/> set.
/// </summary>
public sealed class AzureDryRunSession
{
    private readonly DryRunRequestExecutor _executor;

    internal AzureDryRunSession(AzureClientFactory factory)
    {
        _executor = new DryRunRequestExecutor(factory.Live, factory.Logger);
        Resources = factory.Resources(_executor);
        AppService = factory.AppService(_executor);
        AppServiceCertificates = factory.AppServiceCertificates(_executor);
        Compute = factory.Compute(_executor);
        ContainerApps = factory.ContainerApps(_executor);
        Certificates = factory.Certificates(_executor);
    }

    /// <summary>Resource reads (live).</summary>
    public IAzureResourceClient Resources { get; }

    /// <summary>App Service actions, recorded.</summary>
    public IAppServiceClient AppService { get; }

    /// <summary>App Service certificate re-imports, recorded.</summary>
    public IAppServiceCertificateClient AppServiceCertificates { get; }

    /// <summary>VM and scale set actions, recorded.</summary>
    public IComputeClient Compute { get; }

    /// <summary>Container Apps actions, recorded.</summary>
    public IContainerAppsClient ContainerApps { get; }

    /// <summary>Key Vault certificate actions, recorded.</summary>
    public IKeyVaultCertificateClient Certificates { get; }

    /// <summary>The changes the session's clients would have sent, in order: exactly what a live run sends first.</summary>
    public IReadOnlyList<ArmRequest> PlannedRequests => _executor.Planned;
}
