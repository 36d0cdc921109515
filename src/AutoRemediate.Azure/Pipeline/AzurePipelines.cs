using Azure.Core;
using Azure.Core.Pipeline;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Requests;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>One Azure.Core pipeline per audience: the same retry policy and transport, each with its token scope.</summary>
internal sealed class AzurePipelines
{
    private readonly HttpPipeline _resourceManager;
    private readonly HttpPipeline _keyVault;
    private readonly HttpPipeline _logAnalytics;

    public AzurePipelines(AzureActuatorOptions options, TokenCredential credential, HttpPipelineTransport? transport, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _resourceManager = Build(options, credential, transport, timeProvider, logger, options.ResourceManagerScope ?? DefaultScope(options.ResourceManagerEndpoint));
        _keyVault = Build(options, credential, transport, timeProvider, logger, options.KeyVaultScope);
        _logAnalytics = Build(options, credential, transport, timeProvider, logger, options.LogAnalyticsScope ?? DefaultScope(options.LogAnalyticsEndpoint));
    }

    public HttpPipeline For(AzureAudience audience) => audience switch
    {
        AzureAudience.KeyVault => _keyVault,
        AzureAudience.LogAnalytics => _logAnalytics,
        _ => _resourceManager,
    };

    internal static string DefaultScope(Uri endpoint) => endpoint.GetLeftPart(UriPartial.Authority) + "/.default";

    private static HttpPipeline Build(
        AzureActuatorOptions options, TokenCredential credential, HttpPipelineTransport? transport, TimeProvider timeProvider, ILogger logger, string scope)
    {
        var clientOptions = new AzureClientOptions
        {
            RetryPolicy = new TransientRetryPolicy(options, timeProvider, logger),
        };
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        clientOptions.Diagnostics.ApplicationId = "AutoRemediate";
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        return HttpPipelineBuilder.Build(clientOptions, [], [new BearerTokenAuthenticationPolicy(credential, scope)], new ResponseClassifier());
    }
}
