using System.Net;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Engine;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Approvals;

/// <summary>
/// Who may decide, end to end on Azurite: the Approver role, and the binding's <c>approval.approvers</c> carried from
/// the binding through the remediation into the stored request. A refusal is a 403 problem that records no vote and
/// consumes no token; one by someone the binding does not list is audited in the remediation's chain.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApproverAccessTests(AzuriteFixture azurite)
{
    private const string OnCallGroup = "0b7a1c55-3f0e-4c1b-9a43-6f2d8e1b2c3d";
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Approver_outside_the_bindings_groups_is_refused_audited_and_the_request_stays_pending()
    {
        await using var teams = await FakeTeamsServer.StartAsync();
        await using var app = SignedInApprovalsApp(teams, "approval-approvers");
        var id = await app.PostAlertAsync(Fired);
        var link = (await teams.WaitForTeamsPostAsync(id, "Approval needed")).ActionUrl("Approve");
        using var http = app.Factory.CreateClient();
        var (_, html) = await ApprovalBrowser.OpenAsync(http, link);
        var (action, remediationId) = ApprovalBrowser.Form(html, link);

        using var outsider = await ApprovalBrowser.SubmitAsync(
            http, action, "mallory@contoso.com", "approve", remediationId, principal: ApprovalBrowser.Approver("mallory@contoso.com", ["11111111-2222-3333-4444-555555555555"]));

        Assert.Equal((HttpStatusCode.Forbidden, "not-an-allowed-approver"), (outsider.StatusCode, await ApprovalBrowser.CodeAsync(outsider)));
        var record = await Store(app).GetAsync($"{id}-approval", CancellationToken.None);
        Assert.Equal((ApprovalStatus.Pending, 0), (record!.Status, record.Votes.Count));
        Assert.Equal([OnCallGroup], record.Request.Approvers!.Groups);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true))!.RuntimeStatus);
        var refused = (await app.ChainAsync(id)).Single(r => r.Kind == AuditRecordKind.ApprovalRefused);
        Assert.Equal((AuditActorType.User, "mallory@contoso.com"), (refused.Actor.Type, refused.Actor.Identity));
        Assert.Contains("not among this binding's approvers (groups 0b7a1c55-3f0e-4c1b-9a43-6f2d8e1b2c3d)", refused.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(action.Split('/')[^2], refused.Summary + string.Join(";", refused.Details.Values), StringComparison.Ordinal);

        // The refused form's token was not consumed: a member of the group decides with it.
        using var member = await ApprovalBrowser.SubmitAsync(
            http, action, "dana@contoso.com", "approve", remediationId, principal: ApprovalBrowser.Approver("dana@contoso.com", [OnCallGroup]));
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        Assert.Equal(RemediationStage.Completed, (await app.Client.WaitForInstanceCompletionAsync(id, Timeout)).ReadOutputAs<RemediationSummary>()!.Outcome);
        Assert.True((await app.Audit.VerifyAsync(id)).IsIntact);
    }

    [Fact]
    public async Task Signed_in_person_without_the_Approver_role_is_refused_naming_it_and_nothing_is_recorded()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create();
        var link = (await bed.StartRemediationAsync(request)).ActionUrl("Approve");
        var (_, html) = await ApprovalBrowser.OpenAsync(bed.Http, link);
        var (action, remediationId) = ApprovalBrowser.Form(html, link);

        using var response = await ApprovalBrowser.SubmitAsync(
            bed.Http, action, "viewer@contoso.com", "approve", remediationId, principal: ApprovalBrowser.Principal("viewer@contoso.com", ["Viewer", "Admin"]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(("approver-role-required", "Approver"), (problem.RootElement.GetProperty("code").GetString(), problem.RootElement.GetProperty("requiredRole").GetString()));
        var record = await bed.RecordAsync(request);
        Assert.Equal((ApprovalStatus.Pending, 0), (record.Status, record.Votes.Count));
        Assert.False(await bed.EventRaisedAsync(request));
    }

    /// <summary>Approvals on, posting to <paramref name="teams"/>, the approver taken from App Service Authentication's principal.</summary>
    private RemediationApp SignedInApprovalsApp(FakeTeamsServer teams, string bindings)
    {
        var settings = LocalApprovalSettings.For(new Uri("http://localhost"), string.Empty, teams.TeamsUrl);
        settings["Approvals:TrustAppServiceAuthentication"] = "true";
        return new(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, bindings), settings: settings);
    }

    private static IApprovalStore Store(RemediationApp app) => app.Factory.Services.GetRequiredService<IApprovalStore>();
}
