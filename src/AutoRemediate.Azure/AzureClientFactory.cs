using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.ContainerApps;
using AutoRemediate.Azure.KeyVault;
using AutoRemediate.Azure.Monitoring;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Resources;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure;

/// <summary>Builds the clients over an executor: the live one for the registered ports, a recording one per dry run.</summary>
internal sealed class AzureClientFactory
{
    private readonly AzureActuatorOptions _options;
    private readonly ApiVersionResolver _versions;
    private readonly KeyVaultHosts _vaultHosts;
    private readonly TimeProvider _timeProvider;

    public AzureClientFactory(AzureActuatorOptions options, AzurePipelines pipelines, TimeProvider timeProvider, ILogger logger)
    {
        _options = options;
        _timeProvider = timeProvider;
        Logger = logger;
        _versions = new ApiVersionResolver(options, logger);
        _vaultHosts = new KeyVaultHosts(options);
        var sender = new AzureRequestSender(pipelines, timeProvider);
        Live = new LiveRequestExecutor(sender, new OperationPoller(sender, options, timeProvider, logger), logger);
    }

    public IAzureRequestExecutor Live { get; }

    public ILogger Logger { get; }

    public IAzureResourceClient Resources(IAzureRequestExecutor executor) => new AzureResourceClient(Context(executor));

    public IAppServiceClient AppService(IAzureRequestExecutor executor) => new AppServiceClient(Context(executor));

    public IAppServiceCertificateClient AppServiceCertificates(IAzureRequestExecutor executor) => new AppServiceCertificateClient(Context(executor));

    public IComputeClient Compute(IAzureRequestExecutor executor) => new ComputeClient(Context(executor));

    public IContainerAppsClient ContainerApps(IAzureRequestExecutor executor) => new ContainerAppsClient(Context(executor));

    public IKeyVaultCertificateClient Certificates(IAzureRequestExecutor executor) =>
        new KeyVaultCertificateClient(executor, _options, _vaultHosts, _timeProvider);

    public IMetricsQueryClient Metrics() => new MetricsQueryClient(Context(Live));

    public ILogAnalyticsQueryClient Logs() => new LogAnalyticsQueryClient(Live, _options);

    private ResourceManagerContext Context(IAzureRequestExecutor executor) => new(executor, _options, _versions);
}
