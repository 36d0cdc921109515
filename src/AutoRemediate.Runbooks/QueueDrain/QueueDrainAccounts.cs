using System.Collections.Concurrent;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Configuration;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>
/// Azure SDK clients for the accounts the drain acts on, one pair per account, created on first use, and the tables
/// the drain writes, each created once per account.
/// </summary>
/// <remarks>
/// Queues are read and written with <see cref="QueueMessageEncoding.None"/>: the message text goes back exactly as
/// the service returned it, whatever encoding its producer used (base64 of binary, plain text, JSON), so a moved body is
/// the same bytes. Decoding would corrupt binary bodies that are not UTF-8.
/// </remarks>
internal sealed class QueueDrainAccounts(IOptions<QueueDrainOptions> options, AzureActuatorCredential credential)
{
    private readonly ConcurrentDictionary<string, Lazy<(QueueServiceClient Queues, TableServiceClient Tables)>> accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock tablesGate = new();
    private readonly Dictionary<string, Task> tables = new(StringComparer.OrdinalIgnoreCase);

    public QueueServiceClient Queues(string accountName) => For(accountName).Queues;

    public Uri TableEndpoint(string accountName) => For(accountName).Tables.Uri;

    /// <summary>A client for <paramref name="tableName"/>, the table created on the first call for the account; a failed create is tried again by the next call.</summary>
    public async Task<TableClient> TableAsync(string accountName, string tableName, CancellationToken cancellationToken)
    {
        var table = For(accountName).Tables.GetTableClient(tableName);
        Task created;
        lock (tablesGate)
        {
            var key = $"{accountName}/{tableName}";
            if (!tables.TryGetValue(key, out var existing) || existing.IsFaulted || existing.IsCanceled)
            {
                // Not the caller's token: one batch's cancellation must not fail the create another batch waits on.
                existing = table.CreateIfNotExistsAsync(CancellationToken.None);
                tables[key] = existing;
            }

            created = existing;
        }

        await created.WaitAsync(cancellationToken).ConfigureAwait(false);
        return table;
    }

    private (QueueServiceClient Queues, TableServiceClient Tables) For(string accountName) =>
        accounts.GetOrAdd(accountName, name => new(() => Create(name))).Value;

    private (QueueServiceClient, TableServiceClient) Create(string accountName)
    {
        var settings = options.Value;
        var storage = new StorageAccountOptions();
        if (settings.Accounts.TryGetValue(accountName, out var account) && !string.IsNullOrWhiteSpace(account.ConnectionString))
        {
            storage.ConnectionString = account.ConnectionString;
            return (StorageServiceClients.CreateQueueService(storage, encoding: QueueMessageEncoding.None), StorageServiceClients.CreateTableService(storage));
        }

        storage.AccountName = accountName;
        storage.QueueEndpoint = account?.QueueEndpoint ?? new Uri($"https://{accountName}.queue.{settings.EndpointSuffix}");
        storage.TableEndpoint = account?.TableEndpoint ?? new Uri($"https://{accountName}.table.{settings.EndpointSuffix}");
        return (
            StorageServiceClients.CreateQueueService(storage, credential.Credential, QueueMessageEncoding.None),
            StorageServiceClients.CreateTableService(storage, credential.Credential));
    }
}
