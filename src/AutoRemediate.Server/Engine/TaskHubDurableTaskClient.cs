using DurableTask.Core;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// The Microsoft.DurableTask client the app layer sees, over DurableTask.Core's <see cref="TaskHubClient"/> and the
/// storage backend's query and purge operations.
/// </summary>
/// <remarks>
/// Inputs, outputs, custom status and event payloads go through the same Microsoft.DurableTask
/// <see cref="DataConverter"/> as the worker's shims (see <see cref="CoreDataConverter"/>).
/// </remarks>
internal sealed partial class TaskHubDurableTaskClient(
    TaskHubClient client,
    IOrchestrationServiceClient service,
    DataConverter converter,
    TimeProvider time,
    ILogger<TaskHubDurableTaskClient> logger) : DurableTaskClient("AutoRemediate")
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(1);

    /// <remarks>
    /// Every start passes every runtime status as a dedupe status, whatever <paramref name="options"/> says: an id
    /// that exists in any state is never started again. Without them, concurrent starts of one id each enqueue a start
    /// and the orchestration's first activity can run several times. An id whose instance row exists already throws
    /// <see cref="InvalidOperationException"/>; concurrent starts that race past that check are deduplicated by the
    /// backend without telling the caller.
    /// </remarks>
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        var tags = options?.Tags?.ToDictionary(tag => tag.Key, tag => tag.Value);
        OrchestrationInstance instance;
        try
        {
            instance = options?.StartAt is { } startAt
                ? await client.CreateOrchestrationInstanceAsync(orchestratorName.Name, string.Empty, instanceId, input, tags, OrchestrationStateMapping.AllStatuses, startAt.UtcDateTime)
                : await client.CreateOrchestrationInstanceAsync(orchestratorName.Name, string.Empty, instanceId, input, tags, OrchestrationStateMapping.AllStatuses);
        }
        catch (OrchestrationAlreadyExistsException exists)
        {
            // The same contract as Durable Functions' clients: starting an id that exists is an invalid operation.
            throw new InvalidOperationException($"An orchestration instance with id '{instanceId}' already exists.", exists);
        }

        logger.InstanceScheduled(orchestratorName.Name, instance.InstanceId);
        return instance.InstanceId;
    }

    public override async Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        await client.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId }, eventName, eventPayload!).WaitAsync(cancellation);
        logger.EventRaised(eventName, instanceId);
    }

    public override async Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        await client.TerminateInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, converter.Serialize(options?.Output)!);
        logger.TerminateRequested(instanceId);
    }

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        client.SuspendInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        client.ResumeInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason);

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var state = await client.GetOrchestrationStateAsync(instanceId).WaitAsync(cancellation);
        return state?.ToMetadata(converter, getInputsAndOutputs);
    }

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, metadata => metadata.RuntimeStatus != OrchestrationRuntimeStatus.Pending, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, metadata => metadata.IsCompleted, cancellation);

    public override Task<IList<DurableTask.Core.History.HistoryEvent>> GetOrchestrationHistoryAsync(string instanceId, CancellationToken cancellation = default) =>
        HistoryAsync(instanceId, cancellation);

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<IList<DurableTask.Core.History.HistoryEvent>> HistoryAsync(string instanceId, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var state = await client.GetOrchestrationStateAsync(instanceId)
            ?? throw new ArgumentException($"Orchestration instance '{instanceId}' does not exist.", nameof(instanceId));
        return HistoryReader.Read(await client.GetOrchestrationHistoryAsync(state.OrchestrationInstance));
    }

    // Polls with a doubling interval (50 ms up to 1 s): quick for short orchestrations, one read a second for long ones.
    private async Task<OrchestrationMetadata> PollAsync(
        string instanceId, bool getInputsAndOutputs, Func<OrchestrationMetadata, bool> done, CancellationToken cancellation)
    {
        for (var delay = FirstPoll; ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestPoll.Ticks)))
        {
            var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation);
            if (metadata is not null && done(metadata))
            {
                return metadata;
            }

            await Task.Delay(delay, time, cancellation);
        }
    }
}
