using AutoRemediate.Durable.Store;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Storage.Durable;

/// <summary>Maps history events and inbox messages to their rows in the instance partition and back.</summary>
internal static class InstanceRowEntities
{
    public static TableEntity History(string instanceId, StoredEvent stored)
    {
        var entity = new TableEntity(InstanceKeys.PartitionKey(instanceId), InstanceKeys.HistoryRowKey(stored.Sequence))
        {
            ["Sequence"] = stored.Sequence,
        };
        PayloadColumns.Write(entity, "Payload", stored.Payload);
        return EntitySizeLimit.Check(entity, instanceId, $"history event {stored.Sequence}");
    }

    public static TableEntity Inbox(string instanceId, InboxMessage message)
    {
        var entity = new TableEntity(InstanceKeys.PartitionKey(instanceId), InstanceKeys.InboxRowKey(message.Id))
        {
            ["MessageId"] = message.Id,
        };
        PayloadColumns.Write(entity, "Payload", message.Payload);
        return EntitySizeLimit.Check(entity, instanceId, $"inbox message '{message.Id}'");
    }

    public static StoredEvent ToEvent(TableEntity entity) =>
        new(entity.GetInt32("Sequence") ?? throw new FormatException($"History row '{entity.RowKey}' lacks its sequence."), PayloadColumns.Read(entity, "Payload") ?? string.Empty);

    public static InboxMessage ToInbox(TableEntity entity) =>
        new(entity.GetString("MessageId") ?? InstanceKeys.Decode(entity.RowKey[1..]), PayloadColumns.Read(entity, "Payload") ?? string.Empty);
}
