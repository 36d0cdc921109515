using System.Net;
using AutoRemediate.Core.Approvals;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Approvals;

/// <summary>The approval page's decision rules, end to end: the real app on Azurite, a real orchestration waiting, and the fake Teams.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApprovalDecisionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Quorum_of_two_is_decided_by_the_second_distinct_approval()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create(quorum: 2);
        var link = (await bed.StartRemediationAsync(request)).ActionUrl("Approve");

        using var first = await ApprovalBrowser.DecideAsync(bed.Http, link, "bob@contoso.com", "approve", "looks right");
        await Task.Delay(500);
        var afterFirst = await bed.App.Client.GetInstanceAsync(request.RemediationId, getInputsAndOutputs: true);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(OrchestrationRuntimeStatus.Running, afterFirst!.RuntimeStatus);
        Assert.False(await bed.EventRaisedAsync(request));

        using var second = await ApprovalBrowser.DecideAsync(bed.Http, link, "carol@contoso.com", "approve", "ok by me");
        var decided = await bed.CompletionAsync(request);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(ApprovalStatus.Approved, decided.Decision);
        Assert.Equal(["bob@contoso.com", "carol@contoso.com"], decided.Approvers);
        Assert.Equal(["looks right", "ok by me"], decided.Votes.Select(v => v.Comment));
        Assert.All(decided.Votes, v => Assert.Equal("ApprovalTests/1.0", v.Origin.UserAgent));
        Assert.Equal(request.PlanHash, decided.PlanHash);
    }

    [Fact]
    public async Task Reject_ends_the_request_and_later_approvals_are_refused()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create(quorum: 2);
        var link = (await bed.StartRemediationAsync(request)).ActionUrl("Reject");
        var (_, html) = await ApprovalBrowser.OpenAsync(bed.Http, link);
        var (lateAction, remediationId) = ApprovalBrowser.Form(html, link);

        using var reject = await ApprovalBrowser.DecideAsync(bed.Http, link, "bob@contoso.com", "reject", "not during the sale");
        var decided = await bed.CompletionAsync(request);
        using var late = await ApprovalBrowser.SubmitAsync(bed.Http, lateAction, "carol@contoso.com", "approve", remediationId);

        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        Assert.Equal((ApprovalStatus.Rejected, "not during the sale"), (decided.Decision, decided.Votes.Single().Comment));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("already-decided", await ApprovalBrowser.CodeAsync(late));
    }

    [Fact]
    public async Task Approval_by_GET_is_impossible_and_changes_nothing()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create();
        var link = (await bed.StartRemediationAsync(request)).ActionUrl("Approve");
        var (_, html) = await ApprovalBrowser.OpenAsync(bed.Http, link);
        var (action, _) = ApprovalBrowser.Form(html, link);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await ApprovalBrowser.OpenAsync(bed.Http, link)).Status);
        }

        using var getDecision = await bed.Http.GetAsync($"{action}?decision=approve&remediationId={request.RemediationId}");
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, getDecision.StatusCode);
        var record = await bed.RecordAsync(request);
        Assert.Equal((ApprovalStatus.Pending, 0), (record.Status, record.Votes.Count));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await bed.App.Client.GetInstanceAsync(request.RemediationId, getInputsAndOutputs: true))!.RuntimeStatus);
        Assert.False(await bed.EventRaisedAsync(request));
    }

    [Theory]
    [InlineData(null, "https://evil.example", true)]
    [InlineData("cross-site", null, true)]
    [InlineData("same-site", null, true)]
    [InlineData(null, null, true)]
    [InlineData("cross-site", "https://evil.example", false)]
    public async Task Decision_posted_by_another_site_is_refused_and_records_nothing(string? fetchSite, string? origin, bool json)
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create();
        var link = (await bed.StartRemediationAsync(request)).ActionUrl("Approve");
        var (_, html) = await ApprovalBrowser.OpenAsync(bed.Http, link);
        var (action, remediationId) = ApprovalBrowser.Form(html, link);

        using var forged = await ApprovalBrowser.SubmitAsync(bed.Http, action, "bob@contoso.com", "approve", remediationId, json: json, fetchSite: fetchSite, origin: origin);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        if (json)
        {
            Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
            Assert.Equal("cross-site-request", await ApprovalBrowser.CodeAsync(forged));
        }
        else
        {
            Assert.Equal("text/html", forged.Content.Headers.ContentType?.MediaType);
            Assert.Contains("nothing was recorded", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var record = await bed.RecordAsync(request);
        Assert.Equal((ApprovalStatus.Pending, 0), (record.Status, record.Votes.Count));
        Assert.False(await bed.EventRaisedAsync(request));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await bed.App.Client.GetInstanceAsync(request.RemediationId, getInputsAndOutputs: true))!.RuntimeStatus);

        // The refused post consumed nothing: the same form still works from the approval page itself.
        using var genuine = await ApprovalBrowser.SubmitAsync(bed.Http, action, "bob@contoso.com", "approve", remediationId);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Equal(ApprovalStatus.Approved, (await bed.CompletionAsync(request)).Decision);
    }

    [Fact]
    public async Task Decision_from_a_browser_without_fetch_metadata_counts_when_its_origin_is_this_host()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create();
        var link = (await bed.StartRemediationAsync(request)).ActionUrl("Approve");
        var (_, html) = await ApprovalBrowser.OpenAsync(bed.Http, link);
        var (action, remediationId) = ApprovalBrowser.Form(html, link);

        using var response = await ApprovalBrowser.SubmitAsync(bed.Http, action, "bob@contoso.com", "approve", remediationId, fetchSite: null, origin: "http://localhost");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApprovalStatus.Approved, (await bed.CompletionAsync(request)).Decision);
    }

    [Fact]
    public async Task Requester_cannot_approve_when_self_approval_is_forbidden()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create();
        var link = (await bed.StartRemediationAsync(request)).ActionUrl("Approve");

        using var response = await ApprovalBrowser.DecideAsync(bed.Http, link, request.RequestedBy.ToUpperInvariant(), "approve");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("self-approval-forbidden", await ApprovalBrowser.CodeAsync(response));
        Assert.Empty((await bed.RecordAsync(request)).Votes);
    }

    [Fact]
    public async Task Approval_of_a_plan_that_has_since_changed_is_refused_until_approved_again()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create();
        var oldLink = (await bed.StartRemediationAsync(request)).ActionUrl("Approve");
        var (_, html) = await ApprovalBrowser.OpenAsync(bed.Http, oldLink);
        var (oldAction, remediationId) = ApprovalBrowser.Form(html, oldLink);
        var revised = TestApprovalRequests.Create(operation: "scale out to 4 instances") with
        {
            RemediationId = request.RemediationId, RequestId = request.RequestId, RequestedAt = request.RequestedAt, ExpiresAt = request.ExpiresAt,
        };

        await bed.Approvals.ReviseAsync(revised, default);
        using var stale = await ApprovalBrowser.SubmitAsync(bed.Http, oldAction, "bob@contoso.com", "approve", remediationId);
        var (_, staleHtml) = await ApprovalBrowser.OpenAsync(bed.Http, oldLink);
        var newLink = (await bed.Teams.WaitForTeamsPostAsync(request.RemediationId, "Plan changed")).ActionUrl("Approve");
        using var fresh = await ApprovalBrowser.DecideAsync(bed.Http, newLink, "bob@contoso.com", "approve");
        var decided = await bed.CompletionAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("plan-changed", await ApprovalBrowser.CodeAsync(stale));
        Assert.Contains("The plan changed since this link was sent", staleHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", staleHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal((ApprovalStatus.Approved, revised.PlanHash), (decided.Decision, decided.PlanHash));
    }

    [Fact]
    public async Task Decision_without_an_approver_identity_is_unauthorized()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create();
        await bed.Approvals.RequestAsync(request, default);
        var link = (await bed.Teams.WaitForTeamsPostAsync(request.RemediationId)).ActionUrl("Approve");
        var (_, html) = await ApprovalBrowser.OpenAsync(bed.Http, link);
        var (action, remediationId) = ApprovalBrowser.Form(html, link);

        using var response = await ApprovalBrowser.SubmitAsync(bed.Http, action, approver: null, "approve", remediationId);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await bed.RecordAsync(request)).Votes);
    }
}
