using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Durable.Worker;

/// <summary>
/// Processes one work message body: an orchestration turn request, a due timer, or an activity execution. The
/// polling <c>DurableWorker</c> and invocation-mode hosts (e.g. an Azure Functions custom handler that receives
/// queue messages one at a time) share this code.
/// </summary>
/// <remarks>
/// Contract for invocation-mode hosts: when <see cref="ProcessAsync"/> returns, the message is handled and must be
/// deleted (anything that needs a retry was re-queued as a new message first); when it throws, leave the message
/// to reappear. Long activities need the host to keep the message invisible while they run.
/// </remarks>
public sealed class WorkItemProcessor
{
    private readonly OrchestrationTurnRunner turns;
    private readonly ActivityRunner activities;
    private readonly IWorkQueue queue;
    private readonly TimeProvider timeProvider;
    private readonly IOptions<DurableEngineOptions> options;
    private readonly ILogger logger;

    internal WorkItemProcessor(
        OrchestrationTurnRunner turns,
        ActivityRunner activities,
        IWorkQueue queue,
        TimeProvider timeProvider,
        IOptions<DurableEngineOptions> options,
        ILogger<WorkItemProcessor> logger)
    {
        this.turns = turns;
        this.activities = activities;
        this.queue = queue;
        this.timeProvider = timeProvider;
        this.options = options;
        this.logger = logger;
    }

    /// <summary>Processes one message body; on return the caller deletes the message.</summary>
    public async Task ProcessAsync(string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        switch (WorkMessageSerializer.TryDeserialize(body, out var error))
        {
            case ActivityExecutionMessage activity:
                await activities.RunAsync(activity, cancellationToken);
                break;
            case TimerMessage timer when timer.FireAt > timeProvider.GetUtcNow():
                var delay = OrchestrationTurnRunner.TimerDelay(timer.FireAt, timeProvider.GetUtcNow());
                logger.TimerRequeued(timer.TimerId, timer.InstanceId, timer.FireAt, delay);
                await queue.EnqueueAsync(body, delay, cancellationToken);
                break;
            case TimerMessage timer:
                await RunTurnAsync(timer, body, cancellationToken);
                break;
            case OrchestrationTurnMessage turn:
                await RunTurnAsync(turn, body, cancellationToken);
                break;
            default:
                logger.WorkMessageUnreadable(error ?? "unknown message kind");
                break;
        }
    }

    private async Task RunTurnAsync(WorkMessage message, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        switch (await turns.RunAsync(message.InstanceId, cancellationToken))
        {
            case TurnOutcome.Busy:
                logger.TurnInstanceBusy(message.InstanceId, settings.BusyInstanceRetryDelay);
                await queue.EnqueueAsync(body, settings.BusyInstanceRetryDelay, cancellationToken);
                break;
            case TurnOutcome.Missing:
                var attempt = (message is OrchestrationTurnMessage turn ? turn.Attempt : 0) + 1;
                if (attempt >= settings.MissingInstanceMaxAttempts)
                {
                    logger.InstanceMissingDropped(message.InstanceId, attempt);
                    break;
                }

                logger.InstanceMissingRetry(message.InstanceId, attempt, settings.MissingInstanceRetryDelay);
                var retry = new OrchestrationTurnMessage(message.InstanceId, attempt);
                await queue.EnqueueAsync(WorkMessageSerializer.Serialize(retry), settings.MissingInstanceRetryDelay, cancellationToken);
                break;
            default:
                break;
        }
    }
}
