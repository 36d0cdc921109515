using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Audit;
using AutoRemediate.Functions.Composition;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Audit;

/// <summary>
/// <c>audit verify --day</c> against Azurite, on the app's own composition: exit code, one line per chain naming each
/// problem kind, stored text escaped.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditVerifyCommandTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private const string Day = "2026-11-20";

    [Fact]
    public async Task Verify_day_exits_0_and_prints_each_intact_chain_and_a_summary()
    {
        var settings = Settings();
        await AppendChainAsync(settings, "am-first", 3);
        await AppendChainAsync(settings, "am-second", 1);
        await AppendChainAsync(settings, "am-next-day", 1, Start.AddDays(1));

        var (exit, output, error) = await RunAsync(["audit", "verify", "--day", Day], settings);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(
            [
                "audit: 2026-11-20: am-first: intact: 3 keyed record(s), anchored",
                "audit: 2026-11-20: am-second: intact: 1 keyed record(s), anchored",
                "audit: 2026-11-20: 2 chain(s): 2 intact, 0 unkeyed, 0 FAILED",
            ],
            Lines(output));
    }

    [Fact]
    public async Task Verify_day_exits_1_naming_a_deleted_chain_and_its_problem_kind()
    {
        var settings = Settings();
        await AppendChainAsync(settings, "am-kept", 2);
        await AppendChainAsync(settings, "am-deleted", 2);
        var chains = Table(settings, "AuditLog:TableName");
        await foreach (var row in chains.QueryAsync<TableEntity>(e => e.PartitionKey == "am-deleted"))
        {
            await chains.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        var (exit, output, _) = await RunAsync(["audit", "verify", "--day", Day], settings);

        Assert.Equal(1, exit);
        Assert.Contains(
            "audit: 2026-11-20: am-deleted: FAILED ChainMissing: the anchor of 2026-11-20 counts #2 record(s) but the chain holds none: it was deleted",
            Lines(output));
        Assert.Contains("audit: 2026-11-20: am-kept: intact: 2 keyed record(s), anchored", Lines(output));
        Assert.Equal("audit: 2026-11-20: 2 chain(s): 1 intact, 0 unkeyed, 1 FAILED", Lines(output)[^1]);
    }

    [Fact]
    public async Task Verify_day_prints_a_forged_anchors_chain_id_with_control_characters_escaped()
    {
        var settings = Settings();
        await AppendChainAsync(settings, "am-real", 1);
        var anchors = Table(settings, "AuditLog:AnchorTableName");
        await anchors.AddEntityAsync(new TableEntity("20261120", "am-forged")
        {
            ["RemediationId"] = "am-\u001b[31mforged\napproved by admin",
            ["Count"] = 1L,
            ["LastHash"] = new string('0', 64),
            ["KeyId"] = "test",
            ["Mac"] = new string('0', 64),
        });

        var (exit, output, _) = await RunAsync(["audit", "verify", "--day", Day], settings);

        Assert.Equal(1, exit);
        Assert.DoesNotContain('\u001b', output);
        Assert.Contains(
            "audit: 2026-11-20: am-\\u001B[31mforged\\napproved by admin: FAILED AnchorInvalid: the anchor's MAC does not verify: the anchor was forged or edited",
            Lines(output));
        Assert.Equal(3, Lines(output).Count);
    }

    [Theory]
    [InlineData(new[] { "audit", "verify" }, "--day: missing --day")]
    [InlineData(new[] { "audit", "verify", "--day", "yesterday" }, "--day: '--day yesterday'")]
    [InlineData(new[] { "audit", "verify", "--day", "2026-02-30" }, "usage: audit verify --day YYYY-MM-DD")]
    public async Task Bad_arguments_exit_2_with_a_message_naming_the_option(string[] args, string message)
    {
        var (exit, output, error) = await RunAsync(args, Settings());

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["AuditLog:TableName"] = azurite.NewTableName("audit"),
        ["AuditLog:IndexTableName"] = azurite.NewTableName("auditidx"),
        ["AuditLog:AnchorTableName"] = azurite.NewTableName("auditanc"),
        ["Audit:Keys:test"] = AppFactory.AuditKey,
        ["Audit:ActiveKeyId"] = "test",
    };

    private static async Task AppendChainAsync(Dictionary<string, string?> settings, string remediation, int count, DateTimeOffset? start = null)
    {
        using var host = HostComposition.BuildCommandHost([], settings);
        var audit = host.Services.GetRequiredService<IAuditLog>();
        for (var i = 1; i <= count; i++)
        {
            await audit.AppendAsync(new AuditEntry
            {
                RemediationId = remediation,
                IdempotencyKey = $"step-{i}",
                Kind = AuditRecordKind.ActionStarted,
                Time = (start ?? Start).AddMinutes(i),
                Actor = AuditActor.System("orchestrator"),
                Summary = $"step {i}",
            });
        }
    }

    private TableClient Table(Dictionary<string, string?> settings, string setting) =>
        new TableServiceClient(azurite.ConnectionString).GetTableClient(settings[setting]);

    private static List<string> Lines(string output) => [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args, IReadOnlyDictionary<string, string?> settings)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AuditVerifyCommand.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }
}
