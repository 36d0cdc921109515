using DurableTask.Core;
using DurableTask.Core.History;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// Passes every call through to the storage backend, padding each outgoing durable timer by
/// <see cref="TimerPadding"/> so that no timer resumes its orchestration before its fire time.
/// </summary>
/// <remarks>
/// DurableTask.AzureStorage hides a <see cref="TimerFiredEvent"/> message in the control queue for
/// <c>FireAt - now</c>, and the queue service takes that visibility timeout in whole seconds, truncated: a 1.9 s
/// timer becomes visible after 1 s and resumes the orchestration 0.9 s early, with <c>CurrentUtcDateTime</c> before
/// the time it asked for. Adding one second to the message's <c>FireAt</c> makes the truncated delay at least the
/// remaining time, whatever time passes between this call and the send. A timer therefore resumes between its fire
/// time and about one second (plus one queue poll) after it. Only the message is padded: the orchestration's
/// history keeps the <see cref="TimerCreatedEvent"/> with the fire time the orchestrator asked for.
/// </remarks>
internal sealed class TimerPaddingOrchestrationService(IOrchestrationService inner) : IOrchestrationService
{
    /// <summary>What each outgoing timer message's fire time is moved later by.</summary>
    public static readonly TimeSpan TimerPadding = TimeSpan.FromSeconds(1);

    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => inner.MaxConcurrentTaskOrchestrationWorkItems;

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    public int MaxConcurrentTaskActivityWorkItems => inner.MaxConcurrentTaskActivityWorkItems;

    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState) =>
        inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem,
            newOrchestrationRuntimeState,
            outboundMessages,
            orchestratorMessages,
            timerMessages?.Select(Padded).ToList()!,
            continuedAsNewMessage,
            orchestrationState);

    internal static TaskMessage Padded(TaskMessage message) => message.Event is TimerFiredEvent timer
        ? new TaskMessage
        {
            OrchestrationInstance = message.OrchestrationInstance,
            SequenceNumber = message.SequenceNumber,
            ExtensionData = message.ExtensionData,
            Event = new TimerFiredEvent(timer.EventId, timer.FireAt + TimerPadding) { TimerId = timer.TimerId, Timestamp = timer.Timestamp },
        }
        : message;

    public Task StartAsync() => inner.StartAsync();

    public Task StopAsync() => inner.StopAsync();

    public Task StopAsync(bool isForced) => inner.StopAsync(isForced);

    public Task CreateAsync() => inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => inner.GetDelayInSecondsAfterOnFetchException(exception);

    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => inner.RenewTaskActivityWorkItemLockAsync(workItem);

    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);

    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) => inner.AbandonTaskActivityWorkItemAsync(workItem);
}
