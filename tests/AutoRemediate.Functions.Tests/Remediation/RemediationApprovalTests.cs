using AutoRemediate.Functions.Engine;
using System.Net;
using AutoRemediate.Core.Audit;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Remediation;

/// <summary>
/// A binding that always needs approval, end to end through the real app with approvals enabled: the card reaches
/// a fake Teams, a person opens its link and submits the page's form, and the remediation acts on the decision.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RemediationApprovalTests(AzuriteFixture azurite)
{
    private const string Approver = "oncall@local";
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly byte[] Resolved = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-resolved.json");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Approved_through_the_card_link_runs_the_dry_run_and_audits_request_and_decision()
    {
        await using var teams = await FakeTeamsServer.StartAsync();
        await using var app = App(teams);
        var id = await app.PostAlertAsync(Fired);
        var card = await teams.WaitForTeamsPostAsync(id, "Approval needed");
        await WaitForStageAsync(app, id, RemediationStage.AwaitingApproval);

        using var http = app.Factory.CreateClient();
        using var response = await ApprovalBrowser.DecideAsync(http, card.ActionUrl("Approve"), Approver, "approve", "dry run, go");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
        Assert.Equal(RemediationStage.Completed, final.ReadOutputAs<RemediationSummary>()!.Outcome);
        var chain = await app.ChainAsync(id);
        var kinds = chain.Select(r => r.Kind).ToList();
        Assert.True(kinds.IndexOf(AuditRecordKind.ApprovalRequested) < kinds.IndexOf(AuditRecordKind.ApprovalDecided));
        Assert.True(kinds.IndexOf(AuditRecordKind.ApprovalDecided) < kinds.IndexOf(AuditRecordKind.ActionStarted));
        var requested = chain.Single(r => r.Kind == AuditRecordKind.ApprovalRequested);
        Assert.Equal($"{id}-approval", requested.Details["requestId"]);
        var token = card.ActionUrl("Approve").AbsolutePath.Split('/')[^1];
        Assert.All(chain, r => Assert.DoesNotContain(token, r.Summary + string.Join(";", r.Details.Values), StringComparison.Ordinal));
        var decided = chain.Single(r => r.Kind == AuditRecordKind.ApprovalDecided);
        Assert.Equal(("Approved", Approver, "ApprovalTests/1.0"), (decided.Details["decision"], decided.Details["vote0.approver"], decided.Details["vote0.userAgent"]));
        Assert.Equal((AuditActorType.User, Approver), (decided.Actor.Type, decided.Actor.Identity));
        Assert.False(string.IsNullOrEmpty(decided.Details["vote0.at"]));
        Assert.True((await app.Audit.VerifyAsync(id)).IsIntact);
    }

    [Fact]
    public async Task Rejected_through_the_card_link_ends_Rejected_without_acting()
    {
        await using var teams = await FakeTeamsServer.StartAsync();
        await using var app = App(teams);
        var id = await app.PostAlertAsync(Fired);
        var card = await teams.WaitForTeamsPostAsync(id, "Approval needed");

        using var http = app.Factory.CreateClient();
        using var response = await ApprovalBrowser.DecideAsync(http, card.ActionUrl("Reject"), Approver, "reject", "not now");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);
        Assert.Equal(RemediationStage.Rejected, final.ReadOutputAs<RemediationSummary>()!.Outcome);
        var chain = await app.ChainAsync(id);
        Assert.Equal("Rejected", chain.Single(r => r.Kind == AuditRecordKind.ApprovalDecided).Details["decision"]);
        Assert.DoesNotContain(chain, r => r.Kind == AuditRecordKind.ActionStarted);
        Assert.True((await app.Audit.VerifyAsync(id)).IsIntact);
    }

    [Fact]
    public async Task Undecided_request_expires_escalates_and_audits_ApprovalExpired()
    {
        await using var teams = await FakeTeamsServer.StartAsync();
        await using var app = App(teams, "approval-expiry");
        var id = await app.PostAlertAsync(Fired);
        await teams.WaitForTeamsPostAsync(id, "Approval needed");

        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);

        var summary = final.ReadOutputAs<RemediationSummary>()!;
        Assert.Equal(RemediationStage.Escalated, summary.Outcome);
        Assert.Contains("approval expired", summary.Reason, StringComparison.Ordinal);
        var chain = await app.ChainAsync(id);
        Assert.Equal($"{id}-approval", chain.Single(r => r.Kind == AuditRecordKind.ApprovalExpired).Details["requestId"]);
        Assert.DoesNotContain(chain, r => r.Kind is AuditRecordKind.ApprovalDecided or AuditRecordKind.ActionStarted);
        Assert.True((await app.Audit.VerifyAsync(id)).IsIntact);
    }

    [Fact]
    public async Task Alert_resolved_while_awaiting_approval_ends_resolved_before_action_and_closes_the_request()
    {
        await using var teams = await FakeTeamsServer.StartAsync();
        await using var app = App(teams);
        var id = await app.PostAlertAsync(Fired);
        var card = await teams.WaitForTeamsPostAsync(id, "Approval needed");
        await WaitForStageAsync(app, id, RemediationStage.AwaitingApproval);
        using var http = app.Factory.CreateClient();
        var (_, html) = await ApprovalBrowser.OpenAsync(http, card.ActionUrl("Approve"));
        var (action, remediationId) = ApprovalBrowser.Form(html, card.ActionUrl("Approve"));

        await app.PostAlertAsync(Resolved);

        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);
        Assert.Equal(RemediationStage.ResolvedBeforeAction, final.ReadOutputAs<RemediationSummary>()!.Outcome);
        var chain = await app.ChainAsync(id);
        Assert.Contains(chain, r => r.Kind == AuditRecordKind.ApprovalRequested);
        Assert.Equal([AuditRecordKind.Cancelled, AuditRecordKind.Outcome], chain.TakeLast(2).Select(r => r.Kind));
        Assert.Equal($"{id}-approval", chain[^2].Details["approvalRequestId"]);
        Assert.DoesNotContain(chain, r => r.Kind is AuditRecordKind.ActionStarted or AuditRecordKind.ActionSucceeded);

        var closed = await teams.WaitForTeamsPostAsync(id, "No longer needed");
        Assert.Contains("the alert resolved before any action", closed.Json, StringComparison.Ordinal);
        var (status, page) = await ApprovalBrowser.OpenAsync(http, card.ActionUrl("Approve"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("This approval is no longer needed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
        using var late = await ApprovalBrowser.SubmitAsync(http, action, Approver, "approve", remediationId);
        Assert.Equal((HttpStatusCode.Gone, "no-longer-needed"), (late.StatusCode, await ApprovalBrowser.CodeAsync(late)));
        Assert.Empty(await app.Factory.Services.GetRequiredService<AutoRemediate.Core.Approvals.IApprovalStore>().ListPendingAsync(CancellationToken.None));
    }

    private RemediationApp App(FakeTeamsServer teams, string bindings = "approval") =>
        new(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, bindings), settings: LocalApprovalSettings.For(new Uri("http://localhost"), Approver, teams.TeamsUrl));

    private static async Task WaitForStageAsync(RemediationApp app, string id, RemediationStage stage)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            var instance = await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellation: deadline.Token);
            if (instance?.ReadCustomStatusAs<RemediationStatus>()?.Stage == stage)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }
}
