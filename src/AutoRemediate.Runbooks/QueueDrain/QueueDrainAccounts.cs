using System.Collections.Concurrent;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Queues;
using Azure.Core;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>
/// Storage clients for the accounts the drain acts on, one factory per account, created on first use.
/// </summary>
/// <remarks>
/// Queues are read and written with <see cref="QueueMessageEncoding.XmlText"/>: the message text goes back exactly as
/// the service returned it, whatever encoding its producer used (base64 of binary, plain text, JSON), so a moved body is
/// the same bytes. Decoding would corrupt binary bodies that are not UTF-8.
/// </remarks>
internal sealed class QueueDrainAccounts(IOptions<QueueDrainOptions> options, Func<TokenCredential> credential, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, Lazy<StorageClientFactory>> factories = new(StringComparer.OrdinalIgnoreCase);

    public StorageClientFactory For(string accountName) =>
        factories.GetOrAdd(accountName, name => new Lazy<StorageClientFactory>(() => Create(name))).Value;

    private StorageClientFactory Create(string accountName)
    {
        var settings = options.Value;
        var storage = new StorageAccountOptions { QueueMessageEncoding = QueueMessageEncoding.XmlText };
        if (settings.Accounts.TryGetValue(accountName, out var account) && !string.IsNullOrWhiteSpace(account.ConnectionString))
        {
            storage.ConnectionString = account.ConnectionString;
            return new StorageClientFactory(storage, timeProvider: timeProvider);
        }

        storage.AccountName = accountName;
        storage.QueueEndpoint = account?.QueueEndpoint ?? new Uri($"https://{accountName}.queue.{settings.EndpointSuffix}");
        storage.TableEndpoint = account?.TableEndpoint ?? new Uri($"https://{accountName}.table.{settings.EndpointSuffix}");
        return new StorageClientFactory(storage, credential(), timeProvider: timeProvider);
    }
}
