using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Pipeline;
using AutoRemediate.Storage.Queues;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Testing.Azurite;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Tests.Infrastructure;

/// <summary>One-line construction of clients against the shared Azurite.</summary>
internal static class StorageTestClients
{
    public static StorageClientFactory Factory(
        AzuriteFixture azurite,
        TableAuthenticationScheme scheme = TableAuthenticationScheme.SharedKey,
        QueueMessageEncoding encoding = QueueMessageEncoding.Base64,
        StorageRequestCounter? counter = null) =>
        new(new StorageAccountOptions
        {
            ConnectionString = azurite.ConnectionString,
            TableAuthentication = scheme,
            QueueMessageEncoding = encoding,
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(10),
        }, requestCounter: counter);

    /// <summary>The Azure SDK's Table service client the app stores use, with the same short retries.</summary>
    public static TableServiceClient TableService(AzuriteFixture azurite) =>
        StorageServiceClients.CreateTableService(new StorageAccountOptions
        {
            ConnectionString = azurite.ConnectionString,
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(10),
        });

    public static async Task<AutoRemediate.Storage.Tables.TableClient> NewTableAsync(this AzuriteFixture azurite, TableAuthenticationScheme scheme = TableAuthenticationScheme.SharedKey)
    {
        var table = Factory(azurite, scheme).GetTableClient(azurite.NewTableName());
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public static async Task<QueueClient> NewQueueAsync(this AzuriteFixture azurite, QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        var queue = Factory(azurite, encoding: encoding).GetQueueClient(azurite.NewQueueName());
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    public static AutoRemediate.Storage.Tables.TableEntity Entity(string partitionKey, string rowKey, params (string Name, object Value)[] properties)
    {
        var entity = new AutoRemediate.Storage.Tables.TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in properties)
        {
            entity[name] = value;
        }

        return entity;
    }
}
