using AutoRemediate.Durable.Store;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Durable;

/// <summary>Every log message of the durable engine, with stable event ids.</summary>
/// <remarks>
/// Event id bands: 1000–1099 client, 2000–2099 orchestration turns, 3000–3099 activities, 4000–4099 worker and
/// message handling, 5000–5099 lease sweeper. Ids are stable: dashboards and alerts filter on them.
/// </remarks>
internal static partial class Logs
{
    // 1000–1099: client
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Scheduled orchestration {OrchestratorName} as instance {InstanceId}")]
    public static partial void InstanceScheduled(this ILogger logger, string orchestratorName, string instanceId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Instance {InstanceId} already exists (status {RuntimeStatus}); not scheduled again")]
    public static partial void InstanceAlreadyExists(this ILogger logger, string instanceId, OrchestrationRuntimeStatus runtimeStatus);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Raised event {EventName} for instance {InstanceId}")]
    public static partial void EventRaised(this ILogger logger, string eventName, string instanceId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Ignored {Operation} for instance {InstanceId}: it already ended with status {RuntimeStatus}")]
    public static partial void TerminalInstanceIgnored(this ILogger logger, string operation, string instanceId, OrchestrationRuntimeStatus runtimeStatus);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Requested termination of instance {InstanceId}: {Reason}")]
    public static partial void TerminateRequested(this ILogger logger, string instanceId, string? reason);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Purged {Count} instances completed before {CompletedBefore}")]
    public static partial void InstancesPurged(this ILogger logger, int count, DateTimeOffset completedBefore);

    // 2000–2099: orchestration turns
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Committed turn of instance {InstanceId}: {NewEventCount} events, status {RuntimeStatus}, {MessageCount} messages sent")]
    public static partial void TurnCommitted(this ILogger logger, string instanceId, int newEventCount, OrchestrationRuntimeStatus runtimeStatus, int messageCount);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Turn of instance {InstanceId} found nothing new; lease released")]
    public static partial void TurnNothingNew(this ILogger logger, string instanceId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Instance {InstanceId} is leased by another turn; request put back for {RetryDelay}")]
    public static partial void TurnInstanceBusy(this ILogger logger, string instanceId, TimeSpan retryDelay);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Lost the lease of instance {InstanceId} before commit; the turn is discarded and will be re-run")]
    public static partial void TurnLeaseLost(this ILogger logger, string instanceId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Instance {InstanceId} does not exist yet (attempt {Attempt}); retrying in {RetryDelay}")]
    public static partial void InstanceMissingRetry(this ILogger logger, string instanceId, int attempt, TimeSpan retryDelay);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Instance {InstanceId} still does not exist after {Attempts} attempts; turn request dropped")]
    public static partial void InstanceMissingDropped(this ILogger logger, string instanceId, int attempts);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Dropped result of task {TaskId} for instance {InstanceId}: its committed history never scheduled that task (left over from a turn that did not commit)")]
    public static partial void OrphanResultDropped(this ILogger logger, string instanceId, int taskId);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Ignored duplicate result of task {TaskId} for instance {InstanceId}")]
    public static partial void DuplicateResultIgnored(this ILogger logger, string instanceId, int taskId);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Error, Message = "Instance {InstanceId} failed replay: {Reason}")]
    public static partial void NonDeterminismDetected(this ILogger logger, string instanceId, string reason);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Error, Message = "Dropped unreadable inbox message {InboxId} of instance {InstanceId}")]
    public static partial void InboxMessageUnreadable(this ILogger logger, Exception exception, string instanceId, string inboxId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Lease renewal of instance {InstanceId} failed; the lease is lost")]
    public static partial void LeaseRenewalLost(this ILogger logger, string instanceId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Error, Message = "History of instance {InstanceId} could not be read; the instance is failed")]
    public static partial void HistoryUnreadable(this ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "Orchestration {OrchestratorName} instance {InstanceId} ended with status {RuntimeStatus}")]
    public static partial void OrchestrationEnded(this ILogger logger, string orchestratorName, string instanceId, OrchestrationRuntimeStatus runtimeStatus);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "Could not release the lease of instance {InstanceId}; it will expire")]
    public static partial void LeaseReleaseFailed(this ILogger logger, Exception exception, string instanceId);

    // 3000–3099: activities
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Activity {ActivityName} task {TaskId} of instance {InstanceId} completed in {ElapsedMs} ms")]
    public static partial void ActivityCompleted(this ILogger logger, string activityName, int taskId, string instanceId, double elapsedMs);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Activity {ActivityName} task {TaskId} of instance {InstanceId} failed")]
    public static partial void ActivityFailed(this ILogger logger, Exception exception, string activityName, int taskId, string instanceId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Skipped activity {ActivityName} task {TaskId}: instance {InstanceId} is gone or has ended")]
    public static partial void ActivitySkipped(this ILogger logger, string activityName, int taskId, string instanceId);

    // 4000–4099: worker and message handling
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Durable worker {WorkerId} started with {MaxConcurrentWorkItems} concurrent work items")]
    public static partial void WorkerStarted(this ILogger logger, string workerId, int maxConcurrentWorkItems);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Durable worker {WorkerId} stopped")]
    public static partial void WorkerStopped(this ILogger logger, string workerId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Dropped unreadable work message: {Reason}")]
    public static partial void WorkMessageUnreadable(this ILogger logger, string? reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Work message {MessageId} failed (dequeue {DequeueCount}); it will be retried after its visibility timeout")]
    public static partial void WorkItemFailed(this ILogger logger, Exception exception, string messageId, int dequeueCount);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Could not delete work message {MessageId}; it will be processed again (idempotently)")]
    public static partial void MessageDeleteFailed(this ILogger logger, Exception exception, string messageId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Could not extend the visibility of work message {MessageId}; another worker may receive it")]
    public static partial void VisibilityExtensionFailed(this ILogger logger, Exception exception, string messageId);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Debug, Message = "Timer {TimerId} of instance {InstanceId} is due at {FireAt}; re-queued for {Delay}")]
    public static partial void TimerRequeued(this ILogger logger, int timerId, string instanceId, DateTimeOffset fireAt, TimeSpan delay);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Turn observer {ObserverType} threw; ignored")]
    public static partial void ObserverFailed(this ILogger logger, Exception exception, string observerType);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Error, Message = "Receiving from the work queue failed; backing off")]
    public static partial void ReceiveFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "Work message {MessageId} abandoned at shutdown; it reappears after its visibility timeout")]
    public static partial void WorkItemAbandoned(this ILogger logger, string messageId);

    // 5000–5099: lease sweeper
    [LoggerMessage(EventId = 5000, Level = LogLevel.Warning, Message = "Lease of instance {InstanceId} held by {LeaseOwner} expired at {LeaseExpiresAt}; turn re-dispatched")]
    public static partial void ExpiredLeaseRedispatched(this ILogger logger, string instanceId, string? leaseOwner, DateTimeOffset? leaseExpiresAt);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Instance {InstanceId} (status {RuntimeStatus}, wake-up {NextWakeAt}) made no progress; turn re-dispatched")]
    public static partial void StalledInstanceRedispatched(this ILogger logger, string instanceId, OrchestrationRuntimeStatus runtimeStatus, DateTimeOffset? nextWakeAt);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Lease sweep failed; retrying at the next interval")]
    public static partial void SweepFailed(this ILogger logger, Exception exception);
}
