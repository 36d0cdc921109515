using Azure.Core;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// The task hub's storage backend (DurableTask.AzureStorage), built once from <see cref="DurableEngineOptions"/>,
/// and the timer-padding view of it that the worker runs on.
/// </summary>
internal sealed class EngineBackend : IDisposable
{
    public EngineBackend(IOptions<DurableEngineOptions> options, ILoggerFactory loggerFactory, TokenCredential? credential = null)
        : this(options.Value, StorageFor(options.Value, credential), loggerFactory)
    {
    }

    /// <summary>Builds the backend on the given storage clients (the benchmark passes request-counting ones).</summary>
    public EngineBackend(DurableEngineOptions options, StorageAccountClientProvider storage, ILoggerFactory loggerFactory)
    {
        Service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = storage,
            TaskHubName = options.TaskHub,
            PartitionCount = options.PartitionCount,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
            ExtendedSessionsEnabled = options.ExtendedSessions,
            LeaseInterval = options.LeaseInterval,
            LeaseRenewInterval = options.LeaseRenewInterval,
            LeaseAcquireInterval = options.LeaseAcquireInterval,
            ControlQueueVisibilityTimeout = options.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = options.WorkItemQueueVisibilityTimeout,
            LoggerFactory = loggerFactory,
        });
        Worker = new TimerPaddingOrchestrationService(Service);
    }

    /// <summary>The backend itself: the client's view (start, raise, query, purge).</summary>
    public AzureStorageOrchestrationService Service { get; }

    /// <summary>What the worker runs on: the backend with every durable timer padded so it never fires early.</summary>
    public IOrchestrationService Worker { get; }

    public void Dispose() => Service.Dispose();

    private static StorageAccountClientProvider StorageFor(DurableEngineOptions options, TokenCredential? credential) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new StorageAccountClientProvider(options.AccountName!, credential ?? throw new InvalidOperationException(
                $"{DurableEngineOptions.SectionName}:AccountName needs a token credential registered in the host (managed identity)."))
            : new StorageAccountClientProvider(options.ConnectionString);
}
