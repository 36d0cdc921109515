using AutoRemediate.Functions.Engine;
using AutoRemediate.Core.Audit;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Remediation;

/// <summary>A stage that overruns its deadline is escalated by the stage's durable timer, with the reason audited.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RemediationDeadlineTests(AzuriteFixture azurite)
{
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");

    [Fact]
    public async Task Acting_stage_that_overruns_its_deadline_is_escalated_and_audited()
    {
        await using var app = new RemediationApp(
            azurite.ConnectionString,
            Path.Combine(RemediationApp.TestBindings, "dryrun"),
            services => StallingAuditLog.Install(services, AuditRecordKind.ActionStarted, TimeSpan.FromSeconds(6)),
            new Dictionary<string, string?> { ["Remediation:ActingTimeout"] = "00:00:01" });
        var id = await app.PostAlertAsync(Fired);

        var final = await app.Client.WaitForInstanceCompletionAsync(id, TimeSpan.FromSeconds(60));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
        var summary = final.ReadOutputAs<RemediationSummary>()!;
        Assert.Equal(RemediationStage.Escalated, summary.Outcome);
        Assert.Contains("acting did not finish within 00:00:01", summary.Reason, StringComparison.Ordinal);
        // The stalled action itself may still finish and audit itself after the Outcome: the chain says when it did.
        var outcome = Assert.Single(await app.ChainAsync(id), r => r.Kind == AuditRecordKind.Outcome);
        Assert.Contains("acting did not finish within 00:00:01", outcome.Summary, StringComparison.Ordinal);
    }
}
