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
/// <remarks>
/// The session's SDK clients and REST pipelines are its own, and each begins with the dry-run policy: a change is
/// recorded and answered inside the process, before retries and authentication, whatever client code made it.
/// </remarks>
public sealed class AzureDryRunSession
{
    private readonly DryRunPlan _plan = new();

    internal AzureDryRunSession(AzureClientFactory factory)
    {
        var clients = factory.Create(_plan);
        Resources = clients.Resources;
        AppService = clients.AppService;
        AppServiceCertificates = clients.AppServiceCertificates;
        Compute = clients.Compute;
        ContainerApps = clients.ContainerApps;
        Certificates = clients.Certificates;
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
    public IReadOnlyList<ArmRequest> PlannedRequests => _plan.Planned;
}
