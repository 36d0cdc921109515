using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Ids;
using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Serialization;
using AutoRemediate.Durable.Store;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Durable.Client;

/// <summary>Starts, signals, inspects and cleans up orchestration instances.</summary>
/// <remarks>
/// The client never runs orchestrator code: it writes state rows, inbox rows and work messages, and a worker
/// (polling or invocation mode) does the rest. Everything here is safe to call from any process.
/// </remarks>
public sealed class DurableTaskClient
{
    private static readonly TimeSpan FirstPollDelay = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromMilliseconds(250);

    private readonly IInstanceStore store;
    private readonly IWorkQueue queue;
    private readonly TimeProvider timeProvider;
    private readonly IIdGenerator ids;
    private readonly ILogger logger;

    internal DurableTaskClient(IInstanceStore store, IWorkQueue queue, TimeProvider timeProvider, IIdGenerator ids, ILogger<DurableTaskClient> logger)
    {
        this.store = store;
        this.queue = queue;
        this.timeProvider = timeProvider;
        this.ids = ids;
        this.logger = logger;
    }

    /// <summary>Schedules an instance of orchestrator <paramref name="orchestratorName"/>; idempotent per instance id.</summary>
    /// <remarks>
    /// The start message is queued before the state row is created: a crash in between leaves a message for an
    /// instance that never appears (the worker retries it a few times, then drops it), never an instance that
    /// nobody runs. Scheduling an existing id returns it with <see cref="OrchestrationScheduleResult.AlreadyExisted"/>.
    /// </remarks>
    public async Task<OrchestrationScheduleResult> ScheduleNewOrchestrationInstanceAsync(
        string orchestratorName, object? input = null, string? instanceId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        instanceId ??= ids.NewInstanceId();
        InstanceIds.Validate(instanceId);
        var existing = await store.GetAsync(instanceId, cancellationToken);
        if (existing is not null)
        {
            logger.InstanceAlreadyExists(instanceId, existing.RuntimeStatus);
            return new OrchestrationScheduleResult(instanceId, AlreadyExisted: true);
        }

        await EnqueueTurnAsync(instanceId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var (stored, created) = await store.CreateIfNotExistsAsync(
            new InstanceState
            {
                InstanceId = instanceId,
                Name = orchestratorName,
                RuntimeStatus = OrchestrationRuntimeStatus.Pending,
                Input = DurableJson.Serialize(input),
                CreatedAt = now,
                LastUpdatedAt = now,
            },
            cancellationToken);
        if (!created)
        {
            logger.InstanceAlreadyExists(instanceId, stored.RuntimeStatus);
            return new OrchestrationScheduleResult(instanceId, AlreadyExisted: true);
        }

        logger.InstanceScheduled(orchestratorName, instanceId);
        return new OrchestrationScheduleResult(instanceId, AlreadyExisted: false);
    }

    /// <summary>Delivers external event <paramref name="eventName"/> to a running instance (ignored once it has ended).</summary>
    /// <exception cref="InvalidOperationException">No such instance.</exception>
    public async Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        if (await GetLiveStateAsync(instanceId, "raise event", cancellationToken) is null)
        {
            return;
        }

        var raised = new EventRaisedEvent(timeProvider.GetUtcNow(), eventName, DurableJson.Serialize(eventPayload));
        await store.AppendInboxAsync(instanceId, new InboxMessage(ids.NewInboxId(), HistorySerializer.Serialize(raised)), cancellationToken);
        await EnqueueTurnAsync(instanceId, cancellationToken);
        logger.EventRaised(eventName, instanceId);
    }

    /// <summary>Asks the instance to terminate; its next turn records the termination (ignored once it has ended).</summary>
    /// <exception cref="InvalidOperationException">No such instance.</exception>
    public async Task TerminateAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        if (await GetLiveStateAsync(instanceId, "terminate", cancellationToken) is null)
        {
            return;
        }

        var terminated = new ExecutionTerminatedEvent(timeProvider.GetUtcNow(), reason);
        await store.AppendInboxAsync(instanceId, new InboxMessage(ids.NewInboxId(), HistorySerializer.Serialize(terminated)), cancellationToken);
        await EnqueueTurnAsync(instanceId, cancellationToken);
        logger.TerminateRequested(instanceId, reason);
    }

    /// <summary>The instance's metadata, or null when there is no such instance.</summary>
    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        var state = await store.GetAsync(instanceId, cancellationToken);
        return state is null ? null : OrchestrationMetadata.From(state, getInputsAndOutputs);
    }

    /// <summary>One page of instances matching <paramref name="query"/>, ordered by instance id.</summary>
    public async Task<OrchestrationQueryResult> QueryInstancesAsync(InstanceQuery query, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = await store.QueryAsync(query, cancellationToken);
        return new OrchestrationQueryResult([.. page.Instances.Select(s => OrchestrationMetadata.From(s, getInputsAndOutputs))], page.ContinuationToken);
    }

    /// <summary>The committed history of the instance, oldest first (empty when there is no such instance).</summary>
    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default) =>
        HistorySerializer.Deserialize(await store.GetHistoryAsync(instanceId, cancellationToken));

    /// <summary>Deletes every instance that ended before <paramref name="completedBefore"/>; returns how many.</summary>
    public async Task<int> PurgeInstancesAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken = default)
    {
        var purged = await store.PurgeAsync(completedBefore, cancellationToken);
        logger.InstancesPurged(purged, completedBefore);
        return purged;
    }

    /// <summary>Polls until the instance ends and returns it with inputs and outputs.</summary>
    /// <exception cref="TimeoutException">It had not ended within <paramref name="timeout"/>.</exception>
    public async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = timeProvider.GetUtcNow() + timeout;
        var delay = FirstPollDelay;
        while (true)
        {
            var metadata = await GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
            if (metadata is { IsCompleted: true })
            {
                return metadata;
            }

            if (timeProvider.GetUtcNow() >= deadline)
            {
                throw new TimeoutException(
                    $"Instance '{instanceId}' did not complete within {timeout} (status {metadata?.RuntimeStatus.ToString() ?? "not found"}).");
            }

            await Task.Delay(delay, timeProvider, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollDelay.Ticks));
        }
    }

    private async Task<InstanceState?> GetLiveStateAsync(string instanceId, string operation, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(instanceId, cancellationToken)
            ?? throw new InvalidOperationException($"No orchestration instance '{instanceId}' exists.");
        if (state.IsTerminal)
        {
            logger.TerminalInstanceIgnored(operation, instanceId, state.RuntimeStatus);
            return null;
        }

        return state;
    }

    private Task EnqueueTurnAsync(string instanceId, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(WorkMessageSerializer.Serialize(new OrchestrationTurnMessage(instanceId)), TimeSpan.Zero, cancellationToken);
}
