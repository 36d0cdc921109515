using AutoRemediate.Storage.Configuration;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;

namespace AutoRemediate.Storage;

/// <summary>
/// The Azure SDK's service clients for one storage account, built from <see cref="StorageAccountOptions"/>: the
/// account key of a connection string (Azurite's included), or an Entra ID token from the given credential
/// (<see cref="DefaultAzureCredential"/>, i.e. the managed identity in Azure, when none is given); with the options'
/// retry settings.
/// </summary>
/// <remarks>Service clients are thread-safe and hold the HTTP pipeline: create one per account and reuse it.</remarks>
public static class StorageServiceClients
{
    /// <summary>The Table service client; throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public static TableServiceClient CreateTableService(StorageAccountOptions options, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var account = StorageAccountSettings.Resolve(options, () => credential ?? new DefaultAzureCredential());
        var clientOptions = new TableClientOptions();
        ApplyRetry(clientOptions.Retry, options);
        return account.ConnectionString is { } connection
            ? new TableServiceClient(account.TableEndpoint, new TableSharedKeyCredential(connection.AccountName, connection.AccountKey), clientOptions)
            : new TableServiceClient(account.TableEndpoint, account.TokenCredential!, clientOptions);
    }

    /// <summary>
    /// The Queue service client. Message text travels as <paramref name="encoding"/>: <see cref="QueueMessageEncoding.None"/>
    /// passes it exactly as the service holds it, whatever its producer wrote.
    /// </summary>
    public static QueueServiceClient CreateQueueService(
        StorageAccountOptions options, TokenCredential? credential = null, QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        ArgumentNullException.ThrowIfNull(options);
        var account = StorageAccountSettings.Resolve(options, () => credential ?? new DefaultAzureCredential());
        var clientOptions = new QueueClientOptions { MessageEncoding = encoding };
        ApplyRetry(clientOptions.Retry, options);
        return account.ConnectionString is { } connection
            ? new QueueServiceClient(account.QueueEndpoint, new global::Azure.Storage.StorageSharedKeyCredential(connection.AccountName, connection.AccountKey), clientOptions)
            : new QueueServiceClient(account.QueueEndpoint, account.TokenCredential!, clientOptions);
    }

    private static void ApplyRetry(RetryOptions retry, StorageAccountOptions options)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = options.MaxRetries;
        retry.Delay = options.RetryDelay;
        retry.MaxDelay = options.MaxRetryDelay;
        retry.NetworkTimeout = options.NetworkTimeout;
    }
}
