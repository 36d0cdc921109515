using AutoRemediate.Core.Audit;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Audit;

[Collection(AzuriteCollection.Name)]
public sealed class AuditQueryTests(AzuriteFixture azurite)
{
    private const string OtherSite = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-shop/providers/Microsoft.Web/sites/cart";

    [Fact]
    public async Task Query_by_resource_returns_its_records_in_time_order_within_the_range()
    {
        var audit = AuditTestLog.Create(azurite);
        var (a, b) = (AuditTestLog.NewRemediation(), AuditTestLog.NewRemediation());
        await audit.Log.AppendAsync(AuditTestLog.Entry(a, "a1", AuditTestLog.Start.AddMinutes(10), AuditTestLog.Site));
        await audit.Log.AppendAsync(AuditTestLog.Entry(b, "b1", AuditTestLog.Start.AddMinutes(5), AuditTestLog.Site.ToUpperInvariant()));
        await audit.Log.AppendAsync(AuditTestLog.Entry(a, "a2", AuditTestLog.Start.AddMinutes(20), OtherSite));
        await audit.Log.AppendAsync(AuditTestLog.Entry(b, "b2", AuditTestLog.Start.AddMinutes(40), AuditTestLog.Site));

        var found = await audit.Log.QueryByResourceAsync(AuditTestLog.Site, AuditTestLog.Start, AuditTestLog.Start.AddMinutes(40)).ToListAsync();

        Assert.Equal(["b1", "a1"], found.Select(r => r.IdempotencyKey));
        Assert.Equal(AuditTestLog.Site.ToUpperInvariant(), found[0].TargetResourceId);
    }

    [Fact]
    public async Task Query_by_time_spans_remediations_and_days_in_time_order()
    {
        var audit = AuditTestLog.Create(azurite);
        var (a, b) = (AuditTestLog.NewRemediation(), AuditTestLog.NewRemediation());
        await audit.Log.AppendAsync(AuditTestLog.Entry(a, "late", AuditTestLog.Start.AddHours(1)));
        await audit.Log.AppendAsync(AuditTestLog.Entry(b, "early", AuditTestLog.Start.AddMinutes(1)));
        await audit.Log.AppendAsync(AuditTestLog.Entry(b, "before", AuditTestLog.Start.AddMinutes(-1)));

        var found = await audit.Log.QueryByTimeAsync(AuditTestLog.Start, AuditTestLog.Start.AddDays(1)).ToListAsync();

        Assert.Equal(["early", "late"], found.Select(r => r.IdempotencyKey));
        Assert.NotEqual(found[0].Time.UtcDateTime.Date, found[1].Time.UtcDateTime.Date);
    }

    [Fact]
    public async Task Export_from_storage_as_json_lines_re_verifies_and_as_csv_has_one_line_per_record()
    {
        var audit = AuditTestLog.Create(azurite);
        var remediation = AuditTestLog.NewRemediation();
        await audit.AppendChainAsync(remediation, 3, AuditTestLog.Site);
        using var jsonLines = new StringWriter();
        using var csv = new StringWriter();

        await AuditJsonLines.WriteAsync(audit.Log.ReadChainAsync(remediation), jsonLines);
        await AuditCsv.WriteAsync(audit.Log.QueryByResourceAsync(AuditTestLog.Site, AuditTestLog.Start, AuditTestLog.Start.AddDays(1)), csv);
        var imported = await AuditJsonLines.ReadAsync(new StringReader(jsonLines.ToString())).ToListAsync();

        Assert.True(AuditChainVerifier.Verify(remediation, imported, keys: AuditTestLog.Keys()).IsIntact);
        Assert.Equal(4, csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"{\"\"note\"\":\"\"comma, \\\"\"quote\\\"\"\"\",\"\"step\"\":\"\"step-1\"\"}\"", csv.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_rows_can_be_rebuilt_from_the_chain()
    {
        var audit = AuditTestLog.Create(azurite);
        var remediation = AuditTestLog.NewRemediation();
        await audit.AppendChainAsync(remediation, 2, AuditTestLog.Site);
        await audit.Index.DeleteAsync();
        await audit.Index.CreateIfNotExistsAsync();

        var rebuilt = await ((Storage.Audit.AzureTableAuditLog)audit.Log).RebuildIndexAsync(remediation);
        var found = await audit.Log.QueryByResourceAsync(AuditTestLog.Site, AuditTestLog.Start, AuditTestLog.Start.AddDays(1)).ToListAsync();

        Assert.Equal(2, rebuilt);
        Assert.Equal(2, found.Count);
    }
}
