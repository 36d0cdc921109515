using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.ContainerApps;
using AutoRemediate.Azure.KeyVault;
using AutoRemediate.Azure.Monitoring;
using AutoRemediate.Azure.Resources;

namespace AutoRemediate.Azure;

/// <summary>One set of the port implementations, all over the same pipelines (live, or one dry-run session's).</summary>
internal sealed record AzureClientSet(
    IAzureResourceClient Resources,
    IAppServiceClient AppService,
    IAppServiceCertificateClient AppServiceCertificates,
    IComputeClient Compute,
    IContainerAppsClient ContainerApps,
    IKeyVaultCertificateClient Certificates,
    IMetricsQueryClient Metrics,
    ILogAnalyticsQueryClient Logs);
