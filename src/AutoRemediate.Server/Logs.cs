using Microsoft.Extensions.Logging;

namespace AutoRemediate.Server;

/// <summary>Every log message of the Server host, with stable event ids.</summary>
/// <remarks>
/// Event id bands: 6000–6099 the engine host (task hub, worker), 6100–6199 the engine client. Ids are stable:
/// dashboards and alerts filter on them. The storage connection string is never logged.
/// </remarks>
internal static partial class Logs
{
    // 6000–6099: engine host
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Starting the engine on task hub {TaskHubName}: {PartitionCount} partitions, polling at most every {MaxQueuePollingInterval}, {OrchestratorCount} orchestrators, {ActivityCount} activities")]
    public static partial void EngineStarting(this ILogger logger, string taskHubName, int partitionCount, TimeSpan maxQueuePollingInterval, int orchestratorCount, int activityCount);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Engine started on task hub {TaskHubName} in {ElapsedMs} ms")]
    public static partial void EngineStarted(this ILogger logger, string taskHubName, long elapsedMs);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Engine on task hub {TaskHubName} stopped in {ElapsedMs} ms")]
    public static partial void EngineStopped(this ILogger logger, string taskHubName, long elapsedMs);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "The engine could not start on task hub {TaskHubName}; trying again in {RetryDelay}")]
    public static partial void EngineStartFailed(this ILogger logger, string taskHubName, TimeSpan retryDelay, Exception exception);

    // 6100–6199: engine client
    [LoggerMessage(EventId = 6100, Level = LogLevel.Information, Message = "Scheduled orchestration {OrchestratorName} as instance {InstanceId} (deduplicated if it already existed)")]
    public static partial void InstanceScheduled(this ILogger logger, string orchestratorName, string instanceId);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Raised event {EventName} for instance {InstanceId}")]
    public static partial void EventRaised(this ILogger logger, string eventName, string instanceId);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Requested termination of instance {InstanceId}")]
    public static partial void TerminateRequested(this ILogger logger, string instanceId);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Purged {Count} instances")]
    public static partial void InstancesPurged(this ILogger logger, int count);
}
