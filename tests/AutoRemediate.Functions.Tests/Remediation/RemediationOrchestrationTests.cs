using AutoRemediate.Functions.Engine;
using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Guardrails;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Runbooks;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoRemediate.Functions.Tests.Remediation;

/// <summary>Alerts posted to the real webhook run the real remediation against Azurite, end to end.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RemediationOrchestrationTests(AzuriteFixture azurite)
{
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Runbook_that_throws_fails_the_remediation_with_an_outcome_and_frees_the_running_slot()
    {
        const string site = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-checkout-prod/providers/Microsoft.Web/sites/checkout-api-prod";
        await using var bed = await RunbookTestBed.StartAsync(azurite, "restart", services: services =>
        {
            services.RemoveAll<IRunbook>();
            services.AddSingleton<IRunbook, ThrowingRunbook>();
        });
        bed.State.AddResource(site, "Microsoft.Web/sites");

        var (summary, chain) = await bed.RemediateAsync(Fired);

        Assert.Equal(RemediationStage.Failed, summary.Outcome);
        Assert.Equal(AuditRecordKind.Outcome, chain[^1].Kind);
        Assert.Contains("runbook restart failed", chain[^1].Summary, StringComparison.Ordinal);
        Assert.Contains(ThrowingRunbook.Error, chain[^1].Summary, StringComparison.Ordinal);
        Assert.Empty((await bed.App.Guardrails.LoadAsync(new GuardrailStateQuery("restart", [], "any"), DateTimeOffset.UtcNow)).RunningRemediationIds);
    }

    [Fact]
    public async Task Matched_dry_run_alert_completes_with_a_valid_audit_chain_of_every_step()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"));
        var id = await app.PostAlertAsync(Fired);

        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
        var summary = final.ReadOutputAs<RemediationSummary>()!;
        Assert.Equal(RemediationStage.Completed, summary.Outcome);
        Assert.Equal("checkout-5xx-dryrun", summary.BindingId);
        Assert.True(summary.DryRun);
        var chain = await app.ChainAsync(id);
        Assert.Equal(summary.AuditRecordCount, chain.Count);
        Assert.True((await app.Audit.VerifyAsync(id)).IsIntact);
        AuditRecordKind[] expected =
        [
            AuditRecordKind.Received, AuditRecordKind.Matched, .. Enumerable.Repeat(AuditRecordKind.GuardrailVerdict, 12),
            AuditRecordKind.ActionStarted, AuditRecordKind.ActionSucceeded, AuditRecordKind.Verification, AuditRecordKind.Outcome,
        ];
        Assert.Equal(expected, chain.Select(r => r.Kind));
        Assert.Equal(2, chain[1].BindingVersion);
        Assert.Equal(new GuardrailEngine().EvaluationOrder, chain.Where(r => r.Kind == AuditRecordKind.GuardrailVerdict).Select(r => r.Details["guardrail"]));
        var started = chain.Single(r => r.Kind == AuditRecordKind.ActionStarted);
        Assert.Equal("true", started.Details["dryRun"]);
        Assert.Equal("restart", started.Details["runbook"]);
        Assert.Contains("/healthz", started.Details["parameters"], StringComparison.Ordinal);
        Assert.Contains("checkout-api-prod", started.Details["targets"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unmatched_alert_ends_Unmatched_and_is_audited()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"));
        var id = await app.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-vmss-cpu-fired.json"));

        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);

        Assert.Equal(RemediationStage.Unmatched, final.ReadOutputAs<RemediationSummary>()!.Outcome);
        var chain = await app.ChainAsync(id);
        Assert.Equal([AuditRecordKind.Received, AuditRecordKind.Unmatched, AuditRecordKind.Outcome], chain.Select(r => r.Kind));
        Assert.Contains("no binding matched", chain[1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Engaged_kill_switch_blocks_the_remediation_and_names_who_engaged_it()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"));
        await app.Guardrails.SetKillSwitchAsync(true, new OperatorAction("oncall@example.com", "incident 4711", DateTimeOffset.UtcNow));
        var id = await app.PostAlertAsync(Fired);

        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);

        var summary = final.ReadOutputAs<RemediationSummary>()!;
        Assert.Equal(RemediationStage.Blocked, summary.Outcome);
        Assert.Contains("kill-switch", summary.Reason, StringComparison.Ordinal);
        var chain = await app.ChainAsync(id);
        Assert.DoesNotContain(chain, r => r.Kind is AuditRecordKind.ActionStarted or AuditRecordKind.ActionSucceeded);
        Assert.Equal("Block", chain.Single(r => r.Kind == AuditRecordKind.GuardrailVerdict && r.Details["guardrail"] == "kill-switch").Details["verdict"]);
        Assert.Equal(AuditRecordKind.Outcome, chain[^1].Kind);
    }

    [Fact]
    public async Task Approval_required_without_approvals_configured_ends_Escalated_with_that_reason()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "approval"));
        var id = await app.PostAlertAsync(Fired);

        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);

        var summary = final.ReadOutputAs<RemediationSummary>()!;
        Assert.Equal(RemediationStage.Escalated, summary.Outcome);
        Assert.Equal(RemediationOrchestrator.ApprovalsNotConfigured, summary.Reason);
        var chain = await app.ChainAsync(id);
        Assert.DoesNotContain(chain, r => r.Kind is AuditRecordKind.ActionStarted or AuditRecordKind.ApprovalRequested);
        Assert.True((await app.Audit.VerifyAsync(id)).IsIntact);
    }
}
