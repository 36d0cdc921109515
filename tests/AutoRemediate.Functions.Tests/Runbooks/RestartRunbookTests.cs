using AutoRemediate.Functions.Engine;
using System.Text.Json.Nodes;
using AutoRemediate.AzureFakes.Faults;
using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Runbooks;

/// <summary>Sample alerts through the webhook, the engine on Azurite and the restart runbook against the fake Azure.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RestartRunbookTests(AzuriteFixture azurite)
{
    private const string Site = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-checkout-prod/providers/Microsoft.Web/sites/checkout-api-prod";
    private const string ScaleSet = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-orders-prod/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-orders-workers";
    private static readonly byte[] SiteAlert = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly byte[] ScaleSetAlert = WebhookApp.Sample("azure-monitor-metric-vmss-cpu-fired.json");

    private async Task<RunbookTestBed> SiteBedAsync(double http5xxAfterRestart)
    {
        var bed = await RunbookTestBed.StartAsync(azurite, "restart");
        bed.State.AddResource(Site, "Microsoft.Web/sites", new JsonObject { ["state"] = "Running" });
        bed.SetMetric(Site, "Http5xx", http5xxAfterRestart);
        return bed;
    }

    [Fact]
    public async Task App_Service_5xx_alert_restarts_the_site_verifies_and_completes_with_every_step_audited()
    {
        await using var bed = await SiteBedAsync(http5xxAfterRestart: 0);

        var (summary, chain) = await bed.RemediateAsync(SiteAlert);

        Assert.Equal(RemediationStage.Completed, summary.Outcome);
        Assert.False(summary.DryRun);
        Assert.Equal(1, bed.State.RestartCount(Site));
        AuditRecordKind[] expected =
        [
            AuditRecordKind.Received, AuditRecordKind.Matched, .. Enumerable.Repeat(AuditRecordKind.GuardrailVerdict, 12),
            AuditRecordKind.ActionStarted, AuditRecordKind.ActionSucceeded, AuditRecordKind.Verification, AuditRecordKind.Verification, AuditRecordKind.Outcome,
        ];
        Assert.Equal(expected, chain.Select(r => r.Kind));
        var restart = chain.Single(r => r.Kind == AuditRecordKind.ActionSucceeded);
        var sent = bed.Azure.Requests.Single(r => r.Method == "POST" && r.Path.EndsWith("/restart", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(sent.RequestId, restart.AzureRequestId);
        Assert.Equal(Site, restart.TargetResourceId, StringComparer.OrdinalIgnoreCase);
        Assert.EndsWith("/restart", restart.Operation, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(restart.Duration);
        Assert.Equal("false", restart.Details["dryRun"]);
        var verdict = chain.Last(r => r.Kind == AuditRecordKind.Verification);
        Assert.Equal("passed", verdict.Details["verdict"]);
        Assert.Equal("0", verdict.Details["value"]);
        Assert.Contains("restarted checkout-api-prod and verified", chain[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_refused_by_Azure_fails_the_remediation_and_is_escalated_without_verification()
    {
        await using var bed = await SiteBedAsync(http5xxAfterRestart: 0);
        bed.Azure.Faults.Add(FaultRule.Conflict("POST", "/restart") with { Times = 100 });

        var (summary, chain) = await bed.RemediateAsync(SiteAlert);

        Assert.Equal(RemediationStage.Failed, summary.Outcome);
        Assert.Equal(0, bed.State.RestartCount(Site));
        var failed = chain.Single(r => r.Kind == AuditRecordKind.ActionFailed);
        Assert.Contains("409", failed.Details["error"], StringComparison.Ordinal);
        Assert.Contains(chain, r => r.Kind == AuditRecordKind.Escalated);
        Assert.DoesNotContain(chain, r => r.Kind == AuditRecordKind.Verification);
    }

    [Fact]
    public async Task Failed_verification_after_a_restart_fails_and_escalates()
    {
        await using var bed = await SiteBedAsync(http5xxAfterRestart: 50);

        var (summary, chain) = await bed.RemediateAsync(SiteAlert);

        Assert.Equal(RemediationStage.Failed, summary.Outcome);
        Assert.Equal(1, bed.State.RestartCount(Site));
        Assert.Equal("failed", chain.Last(r => r.Kind == AuditRecordKind.Verification).Details["verdict"]);
        var escalated = chain.Single(r => r.Kind == AuditRecordKind.Escalated);
        Assert.Contains("did not hold", escalated.Summary, StringComparison.Ordinal);
        Assert.Equal(AuditRecordKind.Outcome, chain[^1].Kind);
    }

    [Fact]
    public async Task Throttling_with_Retry_After_does_not_fail_the_remediation()
    {
        await using var bed = await SiteBedAsync(http5xxAfterRestart: 0);
        bed.Azure.Faults.Add(FaultRule.Throttle("POST", "/restart", retryAfter: "1") with { Times = 2 });

        var (summary, chain) = await bed.RemediateAsync(SiteAlert);

        Assert.Equal(RemediationStage.Completed, summary.Outcome);
        var restarts = bed.Azure.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/restart", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal([429, 429, 200], restarts.Select(r => r.Status));
        Assert.True(restarts[2].At - restarts[0].At >= TimeSpan.FromSeconds(2), "the client waited Retry-After each time");
        Assert.Equal(1, bed.State.RestartCount(Site));
        Assert.Equal(restarts[2].RequestId, chain.Single(r => r.Kind == AuditRecordKind.ActionSucceeded).AzureRequestId);
    }

    [Fact]
    public async Task Rolling_restart_of_ten_instances_never_restarts_more_than_the_batch_at_once()
    {
        await using var bed = await RunbookTestBed.StartAsync(azurite, "restart");
        bed.State.AddScaleSetAt(ScaleSet, 10);
        bed.SetMetric(ScaleSet, "Percentage CPU", 20);

        var (summary, chain) = await bed.RemediateAsync(ScaleSetAlert);

        Assert.Equal(RemediationStage.Completed, summary.Outcome);
        Assert.Equal(3, bed.State.MaxConcurrentRestarting(ScaleSet));
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(1, bed.State.RestartCount($"{ScaleSet}/virtualMachines/{i}")));
        var batches = bed.Azure.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/restart", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal([3, 3, 3, 1], batches.Select(r => JsonNode.Parse(r.Body!)!["instanceIds"]!.AsArray().Count));
        Assert.Equal(
            ["1/4", "2/4", "3/4", "4/4"],
            chain.Where(r => r.Kind == AuditRecordKind.ActionSucceeded && r.Details.ContainsKey("batch")).Select(r => r.Details["batch"]));
        Assert.Equal(4, chain.Count(r => r.Kind == AuditRecordKind.ActionSucceeded && r.Summary.Contains("healthy again", StringComparison.Ordinal)));
        // Each batch restart is a 202 long-running operation, polled until the instances are back.
        Assert.Equal([202, 202, 202, 202], batches.Select(r => r.Status));
        Assert.All(chain.Where(r => r.Details.ContainsKey("batch") && r.Kind == AuditRecordKind.ActionSucceeded), r => Assert.Equal("Succeeded", r.Details["operationStatus"]));
    }

    [Fact]
    public async Task Dry_run_reads_live_state_and_records_the_exact_restart_request_without_sending_it()
    {
        await using var bed = await RunbookTestBed.StartAsync(azurite, "dryrun");
        bed.State.AddResource(Site, "Microsoft.Web/sites", new JsonObject { ["state"] = "Running" });

        var (summary, chain) = await bed.RemediateAsync(SiteAlert);

        Assert.Equal(RemediationStage.Completed, summary.Outcome);
        Assert.True(summary.DryRun);
        Assert.Equal(0, bed.State.RestartCount(Site));
        Assert.DoesNotContain(bed.Azure.Requests, r => r.Method != "GET");
        var planned = chain.Single(r => r.Kind == AuditRecordKind.ActionSucceeded).Details["plannedRequests"];
        Assert.Contains("POST https://127.0.0.1:", planned, StringComparison.Ordinal);
        Assert.Contains("/sites/checkout-api-prod/restart?api-version=", planned, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("skipped", chain.Single(r => r.Kind == AuditRecordKind.Verification).Details["verdict"]);
    }

    [Fact]
    public async Task Live_binding_on_a_host_without_Azure_access_escalates_before_acting()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "restart"));
        var id = await app.PostAlertAsync(SiteAlert);

        var final = await app.Client.WaitForInstanceCompletionAsync(id, RunbookTestBed.Timeout);

        var summary = final.ReadOutputAs<RemediationSummary>()!;
        Assert.Equal(RemediationStage.Escalated, summary.Outcome);
        Assert.Contains("no Azure access (Azure:Enabled is false)", summary.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.ChainAsync(id), r => r.Kind == AuditRecordKind.ActionStarted);
    }
}
