using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Pipeline;
using AutoRemediate.Storage.Queues;
using AutoRemediate.Storage.Tables;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace AutoRemediate.Storage;

/// <summary>
/// Creates <see cref="TableClient"/> and <see cref="QueueClient"/> instances for one storage account, sharing one
/// pipeline per service (retry, authentication, request counting).
/// </summary>
/// <remarks>
/// With a connection string, requests are signed with the account key; otherwise they carry an Entra ID token from
/// the given <see cref="TokenCredential"/> (or <see cref="DefaultAzureCredential"/> when none is given).
/// Clients are cheap and thread-safe; create them once and reuse.
/// </remarks>
public sealed class StorageClientFactory
{
    private readonly StorageAccountSettings _account;
    private readonly StorageAccountOptions _options;
    private readonly HttpPipeline _tablePipeline;
    private readonly HttpPipeline _queuePipeline;

    /// <summary>Creates the factory; throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public StorageClientFactory(
        StorageAccountOptions options, TokenCredential? credential = null, StorageRequestCounter? requestCounter = null, TimeProvider? timeProvider = null)
        : this(options, credential, requestCounter, timeProvider, transport: null)
    {
    }

    internal StorageClientFactory(
        StorageAccountOptions options, TokenCredential? credential, StorageRequestCounter? requestCounter, TimeProvider? timeProvider, HttpPipelineTransport? transport)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _account = StorageAccountSettings.Resolve(options, () => credential ?? new DefaultAzureCredential());
        RequestCounter = requestCounter ?? new StorageRequestCounter();
        var time = timeProvider ?? TimeProvider.System;
        _tablePipeline = StoragePipelineFactory.CreateTablePipeline(_account, options, RequestCounter, time, transport);
        _queuePipeline = StoragePipelineFactory.CreateQueuePipeline(_account, options, RequestCounter, time, transport);
    }

    /// <summary>The storage account name.</summary>
    public string AccountName => _account.AccountName;

    /// <summary>The Table service endpoint in use.</summary>
    public Uri TableEndpoint => _account.TableEndpoint;

    /// <summary>The Queue service endpoint in use.</summary>
    public Uri QueueEndpoint => _account.QueueEndpoint;

    /// <summary>Counts every request the clients of this factory send.</summary>
    public StorageRequestCounter RequestCounter { get; }

    /// <summary>Creates a factory from a connection string (account key or <c>UseDevelopmentStorage=true</c>).</summary>
    public static StorageClientFactory FromConnectionString(string connectionString, StorageRequestCounter? requestCounter = null) =>
        new(new StorageAccountOptions { ConnectionString = connectionString }, requestCounter: requestCounter);

    /// <summary>A client for the named table; throws <see cref="ArgumentException"/> for a name Azure would reject.</summary>
    public TableClient GetTableClient(string tableName) =>
        new(_tablePipeline, _account.TableEndpoint, StorageResourceNames.ValidateTableName(tableName));

    /// <summary>A client for the named queue; throws <see cref="ArgumentException"/> for a name Azure would reject.</summary>
    public QueueClient GetQueueClient(string queueName) =>
        new(_queuePipeline, _account.QueueEndpoint, StorageResourceNames.ValidateQueueName(queueName), _options.QueueMessageEncoding);
}
