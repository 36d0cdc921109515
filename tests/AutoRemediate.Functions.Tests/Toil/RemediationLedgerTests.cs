using AutoRemediate.Functions.Engine;
using System.Net;
using System.Text.Json.Nodes;
using AutoRemediate.Core.Toil;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Toil;

/// <summary>Real remediations end by writing their toil ledger row; the resolved notification adds the resolution time.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RemediationLedgerTests(AzuriteFixture azurite)
{
    private const string Approver = "oncall@local";
    private const string Site = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-checkout-prod/providers/Microsoft.Web/sites/checkout-api-prod";
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

    [Fact]
    public async Task Live_restart_approved_through_the_card_is_recorded_as_remediated_after_approval_with_the_approvers_minutes()
    {
        await using var teams = await FakeTeamsServer.StartAsync();
        var settings = LocalApprovalSettings.For(new Uri("http://localhost"), Approver, teams.TeamsUrl);
        foreach (var (name, value) in LedgerSettings())
        {
            settings[name] = value;
        }

        await using var bed = await RunbookTestBed.StartAsync(azurite, "restart-approval", settings);
        bed.State.AddResource(Site, "Microsoft.Web/sites", new JsonObject { ["state"] = "Running" });
        bed.SetMetric(Site, "Http5xx", 0);
        var id = await bed.App.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json"));
        var card = await teams.WaitForTeamsPostAsync(id, "Approval needed");
        using var http = bed.App.Factory.CreateClient();
        using var decision = await ApprovalBrowser.DecideAsync(http, card.ActionUrl("Approve"), Approver, "approve", "restart it");
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        var (summary, _) = await bed.EndAsync(id);
        Assert.Equal((RemediationStage.Completed, false), (summary.Outcome, summary.DryRun));
        Assert.Equal(1, bed.State.RestartCount(Site));

        var row = Assert.Single(await RowsAsync(bed.App));

        Assert.Equal(
            (id, ToilOutcome.RemediatedAfterApproval, 25, "checkout-5xx-restart-approved", "restart"),
            (row.OccurrenceId, row.Outcome, row.ManualEffortMinutes, row.BindingId, row.Runbook));
        var asked = Assert.NotNull(row.ApprovalRequestedAt);
        var decided = Assert.NotNull(row.ApprovalDecidedAt);
        Assert.True(row.OccurredAt <= asked && asked <= decided && decided <= row.EndedAt, $"{row.OccurredAt:O} {asked:O} {decided:O} {row.EndedAt:O}");
        // Decided within seconds, so the approver's minutes are the whole latency (the review cap is far above it).
        Assert.Equal((decided - asked).TotalMinutes, row.HumanMinutes, 6);
        Assert.True(row.HumanMinutes > 0);

        var report = await ToilReportBuilder.ComputeAsync(
            bed.App.Factory.Services.GetRequiredService<IToilLedger>(), ToilWindow.Day(DateOnly.FromDateTime(row.OccurredAt.UtcDateTime)),
            ToilReportSettings.Defaults, DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal((1, 1, 0.42), (report.Occurrences.Total, report.Occurrences.RemediatedAfterApproval, report.HoursAvoided));
        Assert.Equal((1, (double?)1.0), (report.ApprovalLatency.Count, report.OccurrenceCoverage));
        Assert.Equal(new RunbookFigures("restart", 1, 0, 0, 0, 1.0, 0.42), Assert.Single(report.Runbooks));
    }

    private RemediationApp NewApp() =>
        new(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: LedgerSettings());

    private static Dictionary<string, string?> LedgerSettings()
    {
        var tables = ToilApp.NewTables();
        return new Dictionary<string, string?>
        {
            ["Toil:LedgerTableName"] = "toil" + tables,
            ["Toil:ReportTableName"] = "toilrep" + tables,
            ["Toil:CatchUpOnStart"] = "false",
        };
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
