using System.Diagnostics;
using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Registration;
using AutoRemediate.Durable.Serialization;
using AutoRemediate.Durable.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Durable.Worker;

/// <summary>
/// Runs one activity execution: resolves the activity from a fresh DI scope, runs it, writes its result or failure
/// to the instance's inbox under the message's fixed result id, then asks for a turn.
/// </summary>
/// <remarks>At-least-once: if the worker dies before the message is deleted, the activity runs again.</remarks>
internal sealed class ActivityRunner(
    IInstanceStore store,
    IWorkQueue queue,
    TaskRegistry registry,
    IServiceScopeFactory scopes,
    WorkerIdentity worker,
    TurnObservers observers,
    TimeProvider timeProvider,
    ILogger<ActivityRunner> logger)
{
    public async Task RunAsync(ActivityExecutionMessage message, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(message.InstanceId, cancellationToken);
        if (state is null || state.IsTerminal)
        {
            logger.ActivitySkipped(message.Name, message.TaskId, message.InstanceId);
            return;
        }

        var startedAt = timeProvider.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        var result = await ExecuteAsync(message, cancellationToken);
        var inboxMessage = new InboxMessage(message.ResultInboxId, HistorySerializer.Serialize(result));
        try
        {
            await store.AppendInboxAsync(message.InstanceId, inboxMessage, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // The instance was purged while the activity ran: nobody is left to receive the result.
            if (await store.GetAsync(message.InstanceId, cancellationToken) is not null)
            {
                throw;
            }

            logger.ActivitySkipped(message.Name, message.TaskId, message.InstanceId);
            return;
        }

        await queue.EnqueueAsync(WorkMessageSerializer.Serialize(new OrchestrationTurnMessage(message.InstanceId)), TimeSpan.Zero, cancellationToken);
        var succeeded = result is TaskCompletedEvent;
        if (succeeded)
        {
            logger.ActivityCompleted(message.Name, message.TaskId, message.InstanceId, stopwatch.Elapsed.TotalMilliseconds);
        }

        await observers.ActivityExecutedAsync(
            new ActivityExecutionRecord(message.InstanceId, message.TaskId, message.Name, worker.Id, startedAt, timeProvider.GetUtcNow(), succeeded),
            cancellationToken);
    }

    private async Task<HistoryEvent> ExecuteAsync(ActivityExecutionMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var activity = registry.CreateActivity(message.Name, scope.ServiceProvider)
                ?? throw new InvalidOperationException($"No activity named '{message.Name}' is registered with this worker.");
            var input = DurableJson.Deserialize(message.Input, activity.InputType);
            var output = await activity.RunAsync(new TaskActivityContext(message.Name, message.InstanceId, message.TaskId), input, cancellationToken);
            return new TaskCompletedEvent(timeProvider.GetUtcNow(), message.TaskId, DurableJson.Serialize(output));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.ActivityFailed(ex, message.Name, message.TaskId, message.InstanceId);
            return new TaskFailedEvent(timeProvider.GetUtcNow(), message.TaskId, FailureDetails.FromException(ex));
        }
    }
}
