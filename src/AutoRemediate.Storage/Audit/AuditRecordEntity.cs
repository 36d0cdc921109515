using System.Text.Json;
using AutoRemediate.Core.Audit;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Audit;

/// <summary>
/// A record as table columns: one column per field (so rows read plainly in Storage Explorer), the actor split in
/// three, Kind as its name, Duration as ticks, Details as JSON and Summary/Details split over numbered columns
/// when longer than a property allows. Index rows carry the same columns.
/// </summary>
internal static class AuditRecordEntity
{
    public static TableEntity ToEntity(AuditRecord record, string partitionKey, string rowKey)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["RemediationId"] = record.RemediationId,
            ["Sequence"] = record.Sequence,
            ["RecordId"] = record.RecordId,
            ["IdempotencyKey"] = record.IdempotencyKey,
            ["Kind"] = record.Kind.ToString(),
            ["Time"] = record.Time,
            ["ActorType"] = record.Actor.Type.ToString(),
            ["ActorIdentity"] = record.Actor.Identity,
            ["ActorSourceIp"] = record.Actor.SourceIp,
            ["CorrelationId"] = record.CorrelationId,
            ["AlertId"] = record.AlertId,
            ["Runbook"] = record.Runbook,
            ["BindingId"] = record.BindingId,
            ["BindingVersion"] = record.BindingVersion,
            ["AppVersion"] = record.AppVersion,
            ["TargetResourceId"] = record.TargetResourceId,
            ["Operation"] = record.Operation,
            ["AzureRequestId"] = record.AzureRequestId,
            ["DurationTicks"] = record.Duration?.Ticks,
            ["PreviousHash"] = record.PreviousHash,
            ["Hash"] = record.Hash,
            ["KeyId"] = record.KeyId,
        };
        PayloadColumns.Write(entity, "Summary", record.Summary);
        PayloadColumns.Write(entity, "Details", JsonSerializer.Serialize(record.Details));
        return entity;
    }

    /// <summary>Reads a record; throws <see cref="FormatException"/> naming the column for a row that is not one.</summary>
    public static AuditRecord FromEntity(TableEntity entity)
    {
        try
        {
            return new AuditRecord
            {
                RemediationId = Required(entity, "RemediationId"),
                Sequence = entity.ReadInt64("Sequence") ?? throw Missing("Sequence"),
                RecordId = Required(entity, "RecordId"),
                IdempotencyKey = Required(entity, "IdempotencyKey"),
                Kind = Enum.Parse<AuditRecordKind>(Required(entity, "Kind")),
                Time = entity.ReadDateTimeOffset("Time") ?? throw Missing("Time"),
                Actor = new AuditActor(Enum.Parse<AuditActorType>(Required(entity, "ActorType")), Required(entity, "ActorIdentity"), entity.ReadString("ActorSourceIp")),
                CorrelationId = entity.ReadString("CorrelationId"),
                AlertId = entity.ReadString("AlertId"),
                Runbook = entity.ReadString("Runbook"),
                BindingId = entity.ReadString("BindingId"),
                BindingVersion = entity.ReadInt32("BindingVersion"),
                AppVersion = entity.ReadString("AppVersion"),
                TargetResourceId = entity.ReadString("TargetResourceId"),
                Operation = entity.ReadString("Operation"),
                AzureRequestId = entity.ReadString("AzureRequestId"),
                Duration = entity.ReadInt64("DurationTicks") is { } ticks ? TimeSpan.FromTicks(ticks) : null,
                Details = JsonSerializer.Deserialize<Dictionary<string, string>>(PayloadColumns.Read(entity, "Details") ?? "{}") ?? [],
                Summary = PayloadColumns.Read(entity, "Summary") ?? throw Missing("Summary"),
                PreviousHash = Required(entity, "PreviousHash"),
                Hash = Required(entity, "Hash"),
                KeyId = entity.ReadString("KeyId"),
            };
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or JsonException or OverflowException or FormatException)
        {
            throw new FormatException($"Row '{entity.RowKey}' is not an audit record: {e.Message}", e);
        }
    }

    private static string Required(TableEntity entity, string name) => entity.ReadString(name) ?? throw Missing(name);

    private static FormatException Missing(string name) => new($"column '{name}' is missing");
}
