using System.Net;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Functions.Teams;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Approvals;

/// <summary>What Teams and the paging webhook receive, checked on the fake Teams server.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamsNotificationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Approval_card_shows_the_facts_and_buttons_that_open_the_approval_page()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create(quorum: 2);

        var link = await bed.Approvals.RequestAsync(request, default);
        var post = await bed.Teams.WaitForTeamsPostAsync(request.RemediationId);

        Assert.Equal(("message", AdaptiveCard.ContentType, "1.5"),
            ((string?)post.Body["type"], (string?)post.Body["attachments"]![0]!["contentType"], (string?)post.Card["version"]));
        Assert.Null(post.Body["attachments"]![0]!["contentUrl"]);
        Assert.Contains("Approval needed: run 'restart' for alert 'checkout-5xx-rate'", post.Heading, StringComparison.Ordinal);
        Assert.Superset(new HashSet<string>
        {
            "Alert=checkout-5xx-rate",
            "Severity=Sev1",
            $"Fired={ApprovalRules.Format(request.Alert.FiredAt)}",
            $"Target={TestApprovalRequests.Site}",
            "Proposed action=restart: restart site",
            "Approvals needed=2",
            $"Expires={ApprovalRules.Format(request.ExpiresAt)}",
            "cooldown: Pass=no restart of checkout-api in the last 30 min",
            "change-window: RequireApproval=outside the change window Mon-Fri 09:00-17:00",
        }, post.Facts.ToHashSet());
        var approve = post.ActionUrl("Approve");
        var reject = post.ActionUrl("Reject");
        Assert.Equal(("?decision=approve", "?decision=reject"), (approve.Query, reject.Query));
        Assert.Equal(link.Url.AbsolutePath, approve.AbsolutePath);
        Assert.StartsWith("/api/approvals/v1.k1.", approve.AbsolutePath, StringComparison.Ordinal);

        var (status, html) = await ApprovalBrowser.OpenAsync(bed.Http, approve);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("checkout-5xx-rate", html, StringComparison.Ordinal);
        Assert.Contains("outside the change window Mon-Fri 09:00-17:00", html, StringComparison.Ordinal);
        Assert.Contains("class=\"approve chosen\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_is_posted_back_to_Teams_with_who_when_and_comment()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create();
        var link = (await bed.StartRemediationAsync(request)).ActionUrl("Approve");

        using var response = await ApprovalBrowser.DecideAsync(bed.Http, link, "bob@contoso.com", "approve", "go ahead <b>now</b>");
        var decided = await bed.CompletionAsync(request);
        var card = await bed.Teams.WaitForTeamsPostAsync(request.RemediationId, "Approved: ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Approved: 'restart' will run for alert 'checkout-5xx-rate'", card.Heading);
        Assert.Contains($"Approved by bob@contoso.com={ApprovalRules.Format(decided.DecidedAt)}: go ahead <b>now</b>", card.Facts);
    }

    [Fact]
    public async Task Expiry_escalates_to_Teams_and_the_paging_webhook()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create(expiresIn: TimeSpan.FromSeconds(3));
        await bed.StartRemediationAsync(request);

        var decided = await bed.CompletionAsync(request);
        var escalation = await bed.Teams.WaitForTeamsPostAsync(request.RemediationId, "Escalation");
        var page = bed.Teams.Posts.Single(p => p.Path.StartsWith("/paging", StringComparison.Ordinal));

        Assert.Equal((ApprovalStatus.Expired, 0), (decided.Decision, decided.Votes.Count));
        Assert.Equal(ApprovalStatus.Expired, (await bed.RecordAsync(request)).Status);
        Assert.Equal("Escalation: no decision on 'restart' for alert 'checkout-5xx-rate'", escalation.Heading);
        Assert.Equal(("approval.expired", request.RemediationId, TestApprovalRequests.Site),
            ((string?)page.Body["event"], (string?)page.Body["remediationId"], (string?)page.Body["targets"]![0]));
    }

    [Fact]
    public async Task Throttled_and_failing_Teams_posts_are_retried()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create();
        bed.Teams.Answer(429, 503);

        await bed.Approvals.RequestAsync(request, default);

        Assert.Equal(3, bed.Teams.TeamsPosts.Count(p => p.Json.Contains(request.RemediationId, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Teams_that_keeps_failing_surfaces_a_typed_error_without_the_webhook_url()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create();
        bed.Teams.Answer(500, 500, 500, 500, 500);

        var error = await Assert.ThrowsAsync<WebhookDeliveryException>(() => bed.Approvals.RequestAsync(request, default));

        Assert.Equal(("Teams", 500, 5, true), (error.Target, error.Status, error.Attempts, error.IsTransient));
        Assert.DoesNotContain("FAKE-SECRET-SIGNATURE", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Pending, (await bed.RecordAsync(request)).Status);
    }

    [Fact]
    public async Task Rejected_post_is_not_retried()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        bed.Teams.Answer(400);

        var error = await Assert.ThrowsAsync<WebhookDeliveryException>(() => bed.Approvals.RequestAsync(TestApprovalRequests.Create(), default));

        Assert.Equal((400, 1, false), (error.Status, error.Attempts, error.IsTransient));
    }
}
