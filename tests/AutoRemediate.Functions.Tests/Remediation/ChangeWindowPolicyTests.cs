using AutoRemediate.Functions.Engine;
using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Remediation;

/// <summary>
/// The guardrail policy file end to end: a binding's freeze window defined there blocks while active and lets the run
/// through when over, with the window's verdict audited either way.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ChangeWindowPolicyTests(AzuriteFixture azurite)
{
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly string Folder = Path.Combine(RemediationApp.TestBindings, "freeze");

    [Fact]
    public async Task Active_freeze_window_from_the_policy_blocks_and_the_reason_is_audited()
    {
        var (summary, chain) = await RunAsync(policyPath: null);

        Assert.Equal(RemediationStage.Blocked, summary.Outcome);
        Assert.Contains("freeze window 'change-freeze' (", summary.Reason, StringComparison.Ordinal);
        var verdict = chain.Single(r => r.Details.GetValueOrDefault("guardrail") == "change-windows");
        Assert.Equal("Block", verdict.Details["verdict"]);
        Assert.Contains("automated changes are frozen", verdict.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(chain, r => r.Kind == AuditRecordKind.ActionStarted);
    }

    [Fact]
    public async Task Freeze_window_that_is_over_passes_and_the_run_completes_with_the_reasons_audited()
    {
        var (summary, chain) = await RunAsync(Path.Combine(Folder, "policy", "freeze-over.yaml"));

        Assert.Equal(RemediationStage.Completed, summary.Outcome);
        var window = chain.Single(r => r.Details.GetValueOrDefault("guardrail") == "change-windows");
        Assert.Equal(("Pass", "Guardrail 'change-windows': Pass: no applicable window is active (checked 'change-freeze')"), (window.Details["verdict"], window.Summary));
        var scope = chain.Single(r => r.Details.GetValueOrDefault("guardrail") == "scope");
        Assert.Contains("tags not checked: Azure access disabled (Azure:Enabled is false)", scope.Summary, StringComparison.Ordinal);
        var dryRun = chain.Single(r => r.Details.GetValueOrDefault("guardrail") == "dry-run");
        Assert.Contains("global dry-run mode is on", dryRun.Summary, StringComparison.Ordinal);
    }

    private async Task<(RemediationSummary Summary, List<AuditRecord> Chain)> RunAsync(string? policyPath)
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Folder, settings: new Dictionary<string, string?> { ["GuardrailPolicy:Path"] = policyPath });
        var id = await app.PostAlertAsync(Fired);
        var final = await app.Client.WaitForInstanceCompletionAsync(id, TimeSpan.FromSeconds(60));
        return (final.ReadOutputAs<RemediationSummary>()!, await app.ChainAsync(id));
    }
}
