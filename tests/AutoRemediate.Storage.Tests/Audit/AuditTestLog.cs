using AutoRemediate.Core.Audit;
using AutoRemediate.Storage.Audit;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Audit;

/// <summary>A table audit log on fresh tables of the shared Azurite, plus the raw table for tampering.</summary>
internal sealed record AuditTestLog(IAuditLog Log, TableClient Chains, TableClient Index)
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 23, 30, 0, TimeSpan.Zero);

    public const string Site = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-shop/providers/Microsoft.Web/sites/checkout-api-prod";

    public static AuditTestLog Create(AzuriteFixture azurite)
    {
        var factory = StorageTestClients.Factory(azurite);
        var options = new AuditLogOptions { TableName = azurite.NewTableName("audit"), IndexTableName = azurite.NewTableName("auditidx") };
        return new AuditTestLog(AzureAuditLog.Create(StorageTestClients.TableService(azurite), options), factory.GetTableClient(options.TableName), factory.GetTableClient(options.IndexTableName));
    }

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
