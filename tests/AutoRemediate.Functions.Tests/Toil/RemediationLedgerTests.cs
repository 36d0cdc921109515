using AutoRemediate.Core.Toil;
using AutoRemediate.Durable.Store;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Toil;

/// <summary>Real remediations end by writing their toil ledger row; the resolved notification adds the resolution time.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RemediationLedgerTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Dry_run_remediation_writes_one_row_with_its_binding_effort_and_later_its_resolution()
    {
        await using var app = NewApp();
        var id = await app.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json"));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await app.Client.WaitForInstanceCompletionAsync(id, Timeout)).RuntimeStatus);

        var row = Assert.Single(await RowsAsync(app));
        Assert.Equal((id, ToilOutcome.DryRun, 25, "checkout-5xx-dryrun", "restart"), (row.OccurrenceId, row.Outcome, row.ManualEffortMinutes, row.BindingId, row.Runbook));
        Assert.True(row.EndedAt >= row.OccurredAt);
        Assert.Null(row.ResolvedAt);

        await app.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-appservice-5xx-resolved.json"));

        var resolved = Assert.Single(await RowsAsync(app));
        Assert.NotNull(resolved.ResolvedAt);
        Assert.True(resolved.ResolvedAt >= resolved.EndedAt);
    }

    [Fact]
    public async Task Unmatched_alert_is_recorded_without_an_effort_so_the_report_assumes_one()
    {
        await using var app = NewApp();
        var id = await app.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-vmss-cpu-fired.json"));
        await app.Client.WaitForInstanceCompletionAsync(id, Timeout);

        var row = Assert.Single(await RowsAsync(app));

        Assert.Equal((ToilOutcome.Unmatched, (int?)null, (string?)null), (row.Outcome, row.ManualEffortMinutes, row.BindingId));
        Assert.False(string.IsNullOrEmpty(row.RuleName));
    }

    private RemediationApp NewApp()
    {
        var tables = ToilApp.NewTables();
        return new RemediationApp(
            azurite.ConnectionString,
            Path.Combine(RemediationApp.TestBindings, "dryrun"),
            settings: new Dictionary<string, string?>
            {
                ["Toil:LedgerTableName"] = "toil" + tables,
                ["Toil:ReportTableName"] = "toilrep" + tables,
                ["Toil:CatchUpOnStart"] = "false",
            });
    }

    private static async Task<List<ToilOccurrence>> RowsAsync(RemediationApp app)
    {
        var now = DateTimeOffset.UtcNow;
        var rows = new List<ToilOccurrence>();
        await foreach (var row in app.Factory.Services.GetRequiredService<IToilLedger>().ReadOccurrencesAsync(now.AddDays(-2), now.AddDays(1), CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }
}
