using System.Collections.Immutable;
using System.Text.Json;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.State;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Guardrails;

/// <summary>Guardrail rows as table columns (see README.md); lists of times and the running set as JSON.</summary>
internal static class GuardrailRowEntity
{
    public static TableEntity ToEntity(GuardrailRowKey key, GuardrailRow row)
    {
        var entity = new TableEntity(GuardrailTableKeys.Partition, GuardrailTableKeys.RowKey(key)) { ["Kind"] = key.Kind.ToString(), ["Name"] = key.Name };
        switch (row)
        {
            case GlobalGuardrailRow g:
                entity["KillSwitchEngaged"] = g.KillSwitch.Engaged;
                entity["KillSwitchBy"] = g.KillSwitch.EngagedBy;
                entity["KillSwitchAt"] = g.KillSwitch.EngagedAt;
                entity["KillSwitchReason"] = g.KillSwitch.Reason;
                entity["RunningCount"] = g.RunningCount;
                entity["UntrackedRunning"] = g.UntrackedRunning;
                PayloadColumns.Write(entity, "Running", JsonSerializer.Serialize(g.Running));
                break;
            case RunbookGuardrailRow r:
                PayloadColumns.Write(entity, "Starts", JsonSerializer.Serialize(r.Starts));
                entity["ConsecutiveFailures"] = r.Breaker.ConsecutiveFailures;
                entity["BreakerOpen"] = r.Breaker.IsOpen;
                entity["BreakerOpenedAt"] = r.Breaker.OpenedAt;
                entity["LastResetBy"] = r.LastReset?.Actor;
                entity["LastResetReason"] = r.LastReset?.Reason;
                entity["LastResetAt"] = r.LastReset?.At;
                break;
            case CooldownGuardrailRow c:
                entity["ResourceId"] = key.Item;
                entity["LastRunAt"] = c.LastRunAt;
                break;
            case FlapGuardrailRow f:
                entity["LastRemediatedAt"] = f.LastRemediatedAt;
                PayloadColumns.Write(entity, "Refirings", JsonSerializer.Serialize(f.Refirings));
                PayloadColumns.Write(entity, "RefiringNotifications", JsonSerializer.Serialize(f.Notifications));
                break;
            default:
                throw new ArgumentException($"Unknown guardrail row {row.GetType().Name}.", nameof(row));
        }

        return entity;
    }

    public static GuardrailRow FromEntity(GuardrailRowKey key, TableEntity entity) => key.Kind switch
    {
        GuardrailRowKind.Global => new GlobalGuardrailRow(
            new KillSwitchState(entity.ReadBoolean("KillSwitchEngaged") ?? false, entity.ReadString("KillSwitchBy"), entity.ReadDateTimeOffset("KillSwitchAt"), entity.ReadString("KillSwitchReason")),
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, Json<Dictionary<string, DateTimeOffset>>(entity, "Running") ?? []),
            entity.ReadInt32("UntrackedRunning") ?? 0),
        GuardrailRowKind.Runbook => new RunbookGuardrailRow(
            Times(entity, "Starts"),
            new CircuitBreakerState(entity.ReadInt32("ConsecutiveFailures") ?? 0, entity.ReadBoolean("BreakerOpen") ?? false, entity.ReadDateTimeOffset("BreakerOpenedAt")),
            entity.ReadString("LastResetBy") is { } by ? new OperatorAction(by, entity.ReadString("LastResetReason") ?? string.Empty, entity.ReadDateTimeOffset("LastResetAt") ?? default) : null),
        GuardrailRowKind.Cooldown => new CooldownGuardrailRow(entity.ReadDateTimeOffset("LastRunAt") ?? DateTimeOffset.MinValue),
        GuardrailRowKind.Flap => new FlapGuardrailRow(entity.ReadDateTimeOffset("LastRemediatedAt"), Times(entity, "Refirings"))
        {
            Notifications = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, Json<Dictionary<string, DateTimeOffset>>(entity, "RefiringNotifications") ?? []),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Kind, "unknown guardrail row kind"),
    };

    private static ImmutableArray<DateTimeOffset> Times(TableEntity entity, string name) => [.. Json<DateTimeOffset[]>(entity, name) ?? []];

    private static T? Json<T>(TableEntity entity, string name) =>
        PayloadColumns.Read(entity, name) is { } json ? JsonSerializer.Deserialize<T>(json) : default;
}
