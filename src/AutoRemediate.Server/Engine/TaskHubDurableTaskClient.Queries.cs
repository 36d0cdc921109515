using DurableTask.Core;
using DurableTask.Core.Query;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreOrchestrationQuery = DurableTask.Core.Query.OrchestrationQuery;
using OrchestrationQuery = Microsoft.DurableTask.Client.OrchestrationQuery;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace AutoRemediate.Server.Engine;

/// <summary>Listing and purging instances, through the storage backend's query and purge operations.</summary>
internal sealed partial class TaskHubDurableTaskClient
{
    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
    {
        var queries = Require<IOrchestrationServiceQueryClient>();
        return Pageable.Create(async (string? continuation, int? pageSize, CancellationToken cancellation) =>
        {
            var query = new CoreOrchestrationQuery
            {
                RuntimeStatus = filter?.Statuses?.Select(status => status.ToCore()).ToList(),
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                PageSize = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize,
                ContinuationToken = continuation ?? filter?.ContinuationToken,
                FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
            };
            var result = await queries.GetOrchestrationWithQueryAsync(query, cancellation);
            return new Page<OrchestrationMetadata>(
                [.. result.OrchestrationState.Select(state => state.ToMetadata(converter, query.FetchInputsAndOutputs))],
                result.ContinuationToken);
        });
    }

    /// <remarks>Only an ended instance is purged: purging a running one would strand its queued messages.</remarks>
    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs: false, cancellation);
        if (metadata is null)
        {
            return new PurgeResult(0);
        }

        if (!metadata.IsCompleted)
        {
            throw new InvalidOperationException($"Orchestration instance '{instanceId}' is {metadata.RuntimeStatus}; only an ended instance can be purged.");
        }

        var result = await Require<IOrchestrationServicePurgeClient>().PurgeInstanceStateAsync(instanceId);
        logger.InstancesPurged(result.DeletedInstanceCount);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        cancellation.ThrowIfCancellationRequested();
        var statuses = (filter.Statuses ?? [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated])
            .Select(status => status.ToCore());
        var coreFilter = new PurgeInstanceFilter(filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue, filter.CreatedTo?.UtcDateTime, statuses);
        var result = await Require<IOrchestrationServicePurgeClient>().PurgeInstanceStateAsync(coreFilter);
        logger.InstancesPurged(result.DeletedInstanceCount);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    private T Require<T>()
        where T : class =>
        service as T ?? throw new NotSupportedException($"The storage backend {service.GetType().Name} does not implement {typeof(T).Name}.");
}
