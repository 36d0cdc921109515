using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.ContainerApps;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.KeyVault;
using AutoRemediate.Azure.Monitoring;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Resources;
using AutoRemediate.Azure.Sdk;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure;

/// <summary>Builds the clients: the live set for the registered ports, and a set per dry-run session over its own plan.</summary>
internal sealed class AzureClientFactory
{
    private readonly AzureActuatorOptions _options;
    private readonly TokenCredential _credential;
    private readonly HttpPipelineTransport? _transport;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ApiVersionTable _versions;
    private readonly KeyVaultHosts _vaultHosts;

    public AzureClientFactory(AzureActuatorOptions options, TokenCredential credential, HttpPipelineTransport? transport, TimeProvider timeProvider, ILogger logger)
    {
        _options = options;
        _credential = credential;
        _transport = transport;
        _timeProvider = timeProvider;
        _logger = logger;
        _versions = new ApiVersionTable(options);
        _vaultHosts = new KeyVaultHosts(options);
        Live = Create(plan: null);
    }

    /// <summary>The clients that send everything.</summary>
    public AzureClientSet Live { get; }

    /// <summary>Clients that send reads and only record changes into <paramref name="plan"/> (live when null).</summary>
    public AzureClientSet Create(DryRunPlan? plan)
    {
        var pipelines = new AzurePipelines(_options, _credential, _transport, _timeProvider, _logger, _versions, plan);
        var sender = new AzureRequestSender(pipelines, _timeProvider);
        var rest = new AzureRestClient(pipelines, sender, new OperationPoller(sender, _options, _timeProvider, _logger), _logger);
        var context = new ResourceManagerContext(rest, _options, _versions);
        var calls = new SdkCalls(pipelines, new SdkOperationPoller(_options, _timeProvider, _logger), _timeProvider, _logger);
        return new AzureClientSet(
            new AzureResourceClient(pipelines.Arm, calls),
            new AppServiceClient(context),
            new AppServiceCertificateClient(context),
            new ComputeClient(pipelines.Arm, calls),
            new ContainerAppsClient(context),
            new KeyVaultCertificateClient(pipelines, calls, _options, _vaultHosts, _timeProvider),
            new MetricsQueryClient(context),
            new LogAnalyticsQueryClient(rest, _options));
    }
}
