using AutoRemediate.Core.Audit;
using AutoRemediate.Storage.Audit;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Audit;

/// <summary>A table audit log on fresh tables of the shared Azurite, plus the raw tables for tampering.</summary>
internal sealed record AuditTestLog(IAuditLog Log, TableClient Chains, TableClient Index, TableClient Anchors, AuditLogOptions Options)
{
    /// <summary>Audit keys "k0" and "k1" (fixed bytes); <paramref name="active"/> keys new records.</summary>
    public static AuditKeyRing Keys(string active = "k1", params string[] ids) =>
        new(active, (ids.Length == 0 ? ["k0", "k1"] : ids).ToDictionary(id => id, id => Enumerable.Repeat((byte)id[^1], 32).ToArray()));

    public static readonly DateTimeOffset Start = new(2026, 11, 20, 23, 30, 0, TimeSpan.Zero);

    public const string Site = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-shop/providers/Microsoft.Web/sites/checkout-api-prod";

    public static AuditTestLog Create(AzuriteFixture azurite, AuditKeyRing? keys = null)
    {
        var options = new AuditLogOptions
        {
            TableName = azurite.NewTableName("audit"), IndexTableName = azurite.NewTableName("auditidx"), AnchorTableName = azurite.NewTableName("auditanc"),
        };
        return On(azurite, options, keys ?? Keys());
    }

    /// <summary>Another log (other keys, say) on the same tables.</summary>
    public AuditTestLog With(AzuriteFixture azurite, AuditKeyRing keys) => On(azurite, Options, keys);

    private static AuditTestLog On(AzuriteFixture azurite, AuditLogOptions options, AuditKeyRing keys)
    {
        var factory = StorageTestClients.Factory(azurite);
        return new AuditTestLog(
            AzureAuditLog.Create(StorageTestClients.TableService(azurite), keys, options),
            factory.GetTableClient(options.TableName), factory.GetTableClient(options.IndexTableName), factory.GetTableClient(options.AnchorTableName), options);
    }

    /// <summary>The anchor table's partition for a chain begun on <see cref="Start"/>'s day plus <paramref name="days"/>.</summary>
    public static string AnchorDay(int days = 0) => Start.UtcDateTime.AddDays(days).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Day => DateOnly.FromDateTime(Start.UtcDateTime);

    public static AuditEntry Entry(string remediation, string key, DateTimeOffset? time = null, string? resource = null, AuditRecordKind kind = AuditRecordKind.ActionStarted) =>
        new()
        {
            RemediationId = remediation,
            IdempotencyKey = key,
            Kind = kind,
            Time = time ?? Start,
            Actor = AuditActor.System("orchestrator"),
            Summary = $"{kind} {key}",
            TargetResourceId = resource,
            Runbook = "restart-web-app",
            BindingId = "checkout-5xx-restart",
            BindingVersion = 3,
            Duration = TimeSpan.FromMilliseconds(1234.5),
            Details = new Dictionary<string, string> { ["step"] = key, ["note"] = "comma, \"quote\"" },
        };

    public static string NewRemediation() => "am-" + Guid.NewGuid().ToString("N");

    /// <summary>Appends <paramref name="count"/> records one minute apart; returns them.</summary>
    public async Task<List<AuditRecord>> AppendChainAsync(string remediation, int count, string? resource = null)
    {
        var records = new List<AuditRecord>();
        for (var i = 1; i <= count; i++)
        {
            records.Add(await Log.AppendAsync(Entry(remediation, $"step-{i}", Start.AddMinutes(i), resource)));
        }

        return records;
    }

    public static string Row(long sequence) => sequence.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
}
