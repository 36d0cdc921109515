using System.Text.Json;
using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Ids;
using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Replay;
using AutoRemediate.Durable.Serialization;
using AutoRemediate.Durable.Store;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Durable.Worker;

/// <summary>
/// The pure part of a turn: replays committed history, turns inbox messages and due timers into new events, runs
/// the orchestrator over them and decides the new events, outgoing messages and state. No I/O.
/// </summary>
/// <remarks>
/// New events are ordered: OrchestratorStarted, ExecutionStarted (first turn), inbox events in inbox order, TimerFired
/// for due timers (by due time), then the actions the code took (TaskScheduled/TimerCreated by event id), then the
/// terminal event if the orchestration ended. Replay depends on this order being reproducible from history alone.
/// </remarks>
internal sealed class TurnPlanner(IIdGenerator ids, ILogger<TurnPlanner> logger)
{
    /// <summary>Plans the turn, or returns null when there is nothing new to do.</summary>
    public TurnPlan? Plan(TurnSnapshot snapshot, ITaskOrchestrator? orchestrator, DateTimeOffset now, int maxInboxMessages)
    {
        var state = snapshot.State;
        var inbox = snapshot.Inbox.Take(maxInboxMessages).ToList();
        if (state.HistoryLength > 0 && inbox.Count == 0 && !(state.NextWakeAt <= now))
        {
            return null;
        }

        var newEvents = new List<HistoryEvent> { new OrchestratorStartedEvent(now) };
        if (state.HistoryLength == 0)
        {
            newEvents.Add(new ExecutionStartedEvent(now, state.Name, state.Input));
        }

        var context = new OrchestrationExecutionContext(state.InstanceId, state.Name, state.Input);
        var executor = new OrchestrationExecutor(orchestrator, context);
        try
        {
            executor.Replay(HistorySerializer.Deserialize(snapshot.History));
        }
        catch (JsonException ex)
        {
            logger.HistoryUnreadable(ex, state.InstanceId);
            var failure = new FailureDetails(ex.GetType().FullName!, $"The stored history could not be read: {ex.Message}", null);
            newEvents.Add(new ExecutionFailedEvent(now, failure));
            return Finish(snapshot, newEvents, [], [.. inbox.Select(m => m.Id)], new ExecutionOutcome(OrchestrationRuntimeStatus.Failed, null, failure), null, now);
        }

        var terminated = ReadInbox(state.InstanceId, inbox, context, newEvents);
        if (terminated is not null)
        {
            newEvents.Add(terminated);
            var outcome = new ExecutionOutcome(OrchestrationRuntimeStatus.Terminated, DurableJson.Serialize(terminated.Reason), null);
            return Finish(snapshot, newEvents, [], [.. inbox.Select(m => m.Id)], outcome, state.CustomStatus, now);
        }

        newEvents.AddRange(context.PendingTimers
            .Where(t => t.FireAt <= now)
            .OrderBy(t => t.FireAt)
            .ThenBy(t => t.Id)
            .Select(t => new TimerFiredEvent(now, t.Id, t.FireAt))
            .ToList());
        foreach (var historyEvent in newEvents)
        {
            executor.Apply(historyEvent, replaying: false);
        }

        var result = executor.GetOutcome();
        var outgoing = new List<WorkMessage>();
        if (context.NonDeterminismError is { } error)
        {
            logger.NonDeterminismDetected(state.InstanceId, error);
        }
        else
        {
            AddActions(state.InstanceId, context, ended: result is not null, newEvents, outgoing, now);
        }

        if (result is not null)
        {
            newEvents.Add(result.Status == OrchestrationRuntimeStatus.Completed
                ? new ExecutionCompletedEvent(now, result.Output)
                : new ExecutionFailedEvent(now, result.Failure!));
        }

        return Finish(snapshot, newEvents, outgoing, [.. inbox.Select(m => m.Id)], result, context.CustomStatusJson, now, context.PendingTimers);
    }

    private ExecutionTerminatedEvent? ReadInbox(string instanceId, List<InboxMessage> inbox, OrchestrationExecutionContext context, List<HistoryEvent> newEvents)
    {
        ExecutionTerminatedEvent? terminated = null;
        var resultsThisTurn = new HashSet<int>();
        foreach (var message in inbox)
        {
            HistoryEvent received;
            try
            {
                received = HistorySerializer.Deserialize(message.Payload);
            }
            catch (JsonException ex)
            {
                logger.InboxMessageUnreadable(ex, instanceId, message.Id);
                continue;
            }

            switch (received)
            {
                case TaskCompletedEvent or TaskFailedEvent:
                    var taskId = received is TaskCompletedEvent c ? c.ScheduledId : ((TaskFailedEvent)received).ScheduledId;
                    if (!context.WasRecorded(taskId))
                    {
                        logger.OrphanResultDropped(instanceId, taskId);
                    }
                    else if (context.IsCompleted(taskId) || !resultsThisTurn.Add(taskId))
                    {
                        logger.DuplicateResultIgnored(instanceId, taskId);
                    }
                    else
                    {
                        newEvents.Add(received);
                    }

                    break;
                case EventRaisedEvent:
                    newEvents.Add(received);
                    break;
                case ExecutionTerminatedEvent t:
                    terminated ??= t;
                    break;
                default:
                    logger.InboxMessageUnreadable(new JsonException($"Unexpected inbox event {received.EventType}."), instanceId, message.Id);
                    break;
            }
        }

        return terminated;
    }

    private void AddActions(string instanceId, OrchestrationExecutionContext context, bool ended, List<HistoryEvent> newEvents, List<WorkMessage> outgoing, DateTimeOffset now)
    {
        foreach (var action in context.NewActions)
        {
            switch (action)
            {
                case ScheduleTaskAction task:
                    newEvents.Add(new TaskScheduledEvent(task.Id, now, task.Name, task.Input));
                    outgoing.Add(new ActivityExecutionMessage(instanceId, task.Id, task.Name, task.Input, $"{ids.NewInboxId()}-t{task.Id}"));
                    break;
                case CreateTimerAction timer when !ended:
                    newEvents.Add(new TimerCreatedEvent(timer.Id, now, timer.FireAt));
                    outgoing.Add(new TimerMessage(instanceId, timer.Id, timer.FireAt));
                    break;
                default:
                    break;
            }
        }
    }

    private static TurnPlan Finish(
        TurnSnapshot snapshot,
        List<HistoryEvent> newEvents,
        List<WorkMessage> outgoing,
        List<string> consumed,
        ExecutionOutcome? outcome,
        string? customStatus,
        DateTimeOffset now,
        IEnumerable<OpenTimer>? pendingTimers = null)
    {
        var state = snapshot.State;
        var terminal = outcome is not null;
        var newState = state with
        {
            RuntimeStatus = outcome?.Status ?? OrchestrationRuntimeStatus.Running,
            Output = outcome?.Output,
            Failure = outcome?.Failure,
            CustomStatus = customStatus,
            LastUpdatedAt = now,
            CompletedAt = terminal ? now : null,
            HistoryLength = state.HistoryLength + newEvents.Count,
            LeaseOwner = null,
            LeaseExpiresAt = null,
            NextWakeAt = terminal ? null : pendingTimers?.Select(t => (DateTimeOffset?)t.FireAt).Min(),
        };
        return new TurnPlan(newEvents, outgoing, newState, consumed, snapshot.Inbox.Count > consumed.Count);
    }
}
