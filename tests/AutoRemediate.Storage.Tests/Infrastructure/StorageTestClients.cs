using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Pipeline;
using AutoRemediate.Storage.Queues;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Testing.Azurite;

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

    public static async Task<TableClient> NewTableAsync(this AzuriteFixture azurite, TableAuthenticationScheme scheme = TableAuthenticationScheme.SharedKey)
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

    public static TableEntity Entity(string partitionKey, string rowKey, params (string Name, object Value)[] properties)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in properties)
        {
            entity[name] = value;
        }

        return entity;
    }
}
