using AutoRemediate.Storage.Authentication;
using AutoRemediate.Storage.Configuration;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Storage.Pipeline;

/// <summary>
/// Builds the Azure.Core pipelines: exponential retry of transient failures, then per attempt the date stamp,
/// authentication (Shared Key or an Entra ID bearer token) and the request counter.
/// </summary>
internal static class StoragePipelineFactory
{
    /// <summary>The Entra ID scope for data-plane access to any storage account.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    public static HttpPipeline CreateTablePipeline(
        StorageAccountSettings account, StorageAccountOptions options, StorageRequestCounter counter, TimeProvider timeProvider, HttpPipelineTransport? transport) =>
        Build(options, transport, new StorageDatePolicy(timeProvider), TableAuthentication(account, options.TableAuthentication), counter);

    public static HttpPipeline CreateQueuePipeline(
        StorageAccountSettings account, StorageAccountOptions options, StorageRequestCounter counter, TimeProvider timeProvider, HttpPipelineTransport? transport) =>
        Build(options, transport, new StorageDatePolicy(timeProvider), QueueAuthentication(account), counter);

    private static HttpPipelinePolicy TableAuthentication(StorageAccountSettings account, TableAuthenticationScheme scheme) =>
        account.ConnectionString is { } connection
            ? new TableSharedKeyPolicy(new StorageSharedKeyCredential(connection.AccountName, connection.AccountKey), scheme)
            : new BearerTokenAuthenticationPolicy(account.TokenCredential!, StorageScope);

    private static HttpPipelinePolicy QueueAuthentication(StorageAccountSettings account) =>
        account.ConnectionString is { } connection
            ? new QueueSharedKeyPolicy(new StorageSharedKeyCredential(connection.AccountName, connection.AccountKey))
            : new BearerTokenAuthenticationPolicy(account.TokenCredential!, StorageScope);

    private static HttpPipeline Build(StorageAccountOptions options, HttpPipelineTransport? transport, params HttpPipelinePolicy[] perRetry)
    {
        var clientOptions = new StorageClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = options.MaxRetryDelay;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        return HttpPipelineBuilder.Build(clientOptions, [], perRetry, new ResponseClassifier());
    }
}
