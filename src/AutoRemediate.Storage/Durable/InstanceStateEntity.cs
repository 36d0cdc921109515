using System.Text.Json;
using AutoRemediate.Durable.Store;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Storage.Durable;

/// <summary>
/// Maps <see cref="InstanceState"/> to the state row and back. LeaseOwner is always written ("" when free) so
/// "LeaseOwner ne ''" finds held leases; absent optional values are simply not stored.
/// </summary>
internal static class InstanceStateEntity
{
    public static TableEntity ToEntity(InstanceState state)
    {
        var entity = new TableEntity(InstanceKeys.PartitionKey(state.InstanceId), InstanceKeys.StateRowKey)
        {
            ["InstanceId"] = state.InstanceId,
            ["Name"] = state.Name,
            ["RuntimeStatus"] = state.RuntimeStatus.ToString(),
            ["CreatedAt"] = state.CreatedAt,
            ["LastUpdatedAt"] = state.LastUpdatedAt,
            ["CompletedAt"] = state.CompletedAt,
            ["HistoryLength"] = state.HistoryLength,
            ["LeaseOwner"] = state.LeaseOwner ?? string.Empty,
            ["LeaseExpiresAt"] = state.LeaseExpiresAt,
            ["NextWakeAt"] = state.NextWakeAt,
        };
        PayloadColumns.Write(entity, "Input", state.Input);
        PayloadColumns.Write(entity, "Output", state.Output);
        PayloadColumns.Write(entity, "CustomStatus", state.CustomStatus);
        PayloadColumns.Write(entity, "Failure", state.Failure is null ? null : JsonSerializer.Serialize(state.Failure));
        return EntitySizeLimit.Check(entity, state.InstanceId, "state");
    }

    /// <summary>The lease columns alone, for a conditional merge that leaves payloads untouched.</summary>
    public static TableEntity LeaseEntity(string instanceId, string? owner, DateTimeOffset? expiresAt) =>
        new(InstanceKeys.PartitionKey(instanceId), InstanceKeys.StateRowKey)
        {
            ["LeaseOwner"] = owner ?? string.Empty,
            ["LeaseExpiresAt"] = expiresAt,
        };

    public static InstanceState FromEntity(TableEntity entity)
    {
        var owner = entity.GetString("LeaseOwner");
        var failure = PayloadColumns.Read(entity, "Failure");
        return new InstanceState
        {
            InstanceId = entity.GetString("InstanceId") ?? InstanceKeys.Decode(entity.PartitionKey),
            Name = entity.GetString("Name") ?? string.Empty,
            RuntimeStatus = Enum.Parse<OrchestrationRuntimeStatus>(entity.GetString("RuntimeStatus") ?? nameof(OrchestrationRuntimeStatus.Pending)),
            Input = PayloadColumns.Read(entity, "Input"),
            Output = PayloadColumns.Read(entity, "Output"),
            CustomStatus = PayloadColumns.Read(entity, "CustomStatus"),
            Failure = failure is null ? null : JsonSerializer.Deserialize<FailureDetails>(failure),
            CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            LastUpdatedAt = entity.GetDateTimeOffset("LastUpdatedAt") ?? DateTimeOffset.MinValue,
            CompletedAt = entity.GetDateTimeOffset("CompletedAt"),
            HistoryLength = entity.GetInt32("HistoryLength") ?? 0,
            // A released lease keeps its old expiry column (merges cannot remove columns); no owner means no lease.
            LeaseOwner = string.IsNullOrEmpty(owner) ? null : owner,
            LeaseExpiresAt = string.IsNullOrEmpty(owner) ? null : entity.GetDateTimeOffset("LeaseExpiresAt"),
            NextWakeAt = entity.GetDateTimeOffset("NextWakeAt"),
            ETag = entity.ETag,
        };
    }
}
