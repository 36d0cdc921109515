using System.Collections.Concurrent;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Resources;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.ResourceManager;
using Azure.Security.KeyVault.Certificates;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>
/// The SDK clients (<see cref="ArmClient"/>, one <see cref="CertificateClient"/> per vault) and the REST pipelines
/// (ARM for App Service, Container Apps and metrics; Log Analytics) of one mode: live, or one dry-run session. All
/// share one credential, transport and retry policy, and begin with <see cref="ChangePolicy"/>.
/// </summary>
internal sealed class AzurePipelines
{
    private readonly AzureActuatorOptions _options;
    private readonly TokenCredential _credential;
    private readonly HttpPipelineTransport? _transport;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly DryRunPlan? _plan;
    private readonly HttpPipeline _resourceManager;
    private readonly HttpPipeline _logAnalytics;
    private readonly ConcurrentDictionary<string, CertificateClient> _vaults = new(StringComparer.OrdinalIgnoreCase);

    public AzurePipelines(
        AzureActuatorOptions options, TokenCredential credential, HttpPipelineTransport? transport, TimeProvider timeProvider, ILogger logger,
        ApiVersionTable versions, DryRunPlan? plan)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(versions);
        _options = options;
        _credential = credential;
        _transport = transport;
        _timeProvider = timeProvider;
        _logger = logger;
        _plan = plan;
        var armScope = options.ResourceManagerScope ?? DefaultScope(options.ResourceManagerEndpoint);
        _resourceManager = Rest(AzureAudience.ResourceManager, armScope);
        _logAnalytics = Rest(AzureAudience.LogAnalytics, options.LogAnalyticsScope ?? DefaultScope(options.LogAnalyticsEndpoint));

        var armOptions = Configure(new ArmClientOptions(), AzureAudience.ResourceManager);
        armOptions.Environment = new ArmEnvironment(options.ResourceManagerEndpoint, Audience(armScope));
        foreach (var (type, version) in versions.All)
        {
            armOptions.SetApiVersion(new ResourceType(type), version);
        }

        Arm = new ArmClient(credential, defaultSubscriptionId: null, armOptions);
    }

    /// <summary>Whether this is a dry-run session's: changes are recorded and answered, never sent.</summary>
    public bool DryRun => _plan is not null;

    /// <summary>The Azure Resource Manager SDK client.</summary>
    public ArmClient Arm { get; }

    /// <summary>The REST pipeline of <paramref name="audience"/> (Key Vault has none: the SDK covers it).</summary>
    public HttpPipeline For(AzureAudience audience) => audience == AzureAudience.LogAnalytics ? _logAnalytics : _resourceManager;

    /// <summary>The Key Vault certificates SDK client of <paramref name="vault"/>; the host must have been checked.</summary>
    public CertificateClient Vault(Uri vault) => _vaults.GetOrAdd(vault.GetLeftPart(UriPartial.Authority), authority =>
    {
        var clientOptions = Configure(new CertificateClientOptions(), AzureAudience.KeyVault);
        // The SDK takes the token scope from the vault's 401 challenge; by default it also checks that the scope's
        // host matches the vault's DNS suffix, which a vault reached under a configured non-cloud suffix cannot pass.
        clientOptions.DisableChallengeResourceVerification = !_options.KeyVaultChallengeResourceVerification;
        return new CertificateClient(new Uri(authority), _credential, clientOptions);
    });

    internal static string DefaultScope(Uri endpoint) => endpoint.GetLeftPart(UriPartial.Authority) + "/.default";

    private static string Audience(string scope) =>
        scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;

    private HttpPipeline Rest(AzureAudience audience, string scope)
    {
        var clientOptions = Configure(new AzureClientOptions(), audience);
        return HttpPipelineBuilder.Build(clientOptions, [], [new BearerTokenAuthenticationPolicy(_credential, scope)], new ResponseClassifier());
    }

    private T Configure<T>(T clientOptions, AzureAudience audience)
        where T : ClientOptions
    {
        clientOptions.RetryPolicy = new TransientRetryPolicy(_options, _timeProvider, _logger);
        clientOptions.Retry.NetworkTimeout = _options.NetworkTimeout;
        clientOptions.Diagnostics.ApplicationId = "AutoRemediate";
        if (_transport is not null)
        {
            clientOptions.Transport = _transport;
        }

        clientOptions.AddPolicy(new ChangePolicy(audience, _plan, _logger), HttpPipelinePosition.PerCall);
        return clientOptions;
    }
}
