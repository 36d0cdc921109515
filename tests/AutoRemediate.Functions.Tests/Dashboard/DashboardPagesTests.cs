using System.Net;
using AutoRemediate.Core.Audit;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Dashboard;

/// <summary>What the pages show for real remediations in Azurite: filters, escaping, timeline, cancel, and the way to the approval page.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardPagesTests(AzuriteFixture azurite)
{
    private const string Hostile = "<script>alert('pwned')</script><img src=x onerror=alert(1)>\"'-http5xx";

    [Fact]
    public async Task Filters_by_stage_runbook_and_resource_narrow_the_list()
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        var waiting = await app.RemediationAtAsync(DashboardApp.Alert(), RemediationStage.AwaitingApproval);
        var unmatched = await app.App.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-vmss-cpu-fired.json"));
        await app.WaitForStageAsync(unmatched, RemediationStage.Unmatched);
        using var http = app.Http();

        var all = await http.GetStringAsync(new Uri("/dashboard/remediations", UriKind.Relative));
        var byStage = await http.GetStringAsync(new Uri("/dashboard/remediations?stage=Unmatched", UriKind.Relative));
        var byRunbook = await http.GetStringAsync(new Uri("/dashboard/remediations?runbook=RESTART&since=1h", UriKind.Relative));
        var byResource = await http.GetStringAsync(new Uri("/dashboard/remediations?resource=checkout-api-prod", UriKind.Relative));
        var byStatus = await http.GetStringAsync(new Uri("/dashboard/remediations?status=Completed", UriKind.Relative));

        Assert.Contains(waiting, all, StringComparison.Ordinal);
        Assert.Contains(unmatched, all, StringComparison.Ordinal);
        Assert.Equal((false, true), (byStage.Contains(waiting, StringComparison.Ordinal), byStage.Contains(unmatched, StringComparison.Ordinal)));
        Assert.Equal((true, false), (byRunbook.Contains(waiting, StringComparison.Ordinal), byRunbook.Contains(unmatched, StringComparison.Ordinal)));
        Assert.Equal((true, false), (byResource.Contains(waiting, StringComparison.Ordinal), byResource.Contains(unmatched, StringComparison.Ordinal)));
        Assert.Equal((false, true), (byStatus.Contains(waiting, StringComparison.Ordinal), byStatus.Contains(unmatched, StringComparison.Ordinal)));
        Assert.Contains("<option value=\"Unmatched\" selected>", byStage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stage=Sideways", "stage: &#x27;Sideways&#x27; is not one of")]
    [InlineData("status=Running,Failed", "status: &#x27;Running,Failed&#x27; is not one of")]
    [InlineData("since=forever", "since: &#x27;forever&#x27; is not one of")]
    [InlineData("page=%01", "page: not a page link this list gave")]
    [InlineData("sort=colour", "sort: &#x27;colour&#x27; is not one of")]
    [InlineData("sort=severity&page=eyJLZXkiOiJjcmVhdGVkIiwiVmFsdWUiOm51bGwsIkNyZWF0ZWRBdCI6IjIwMjYtMDEtMDFUMDA6MDA6MDArMDA6MDAiLCJJbnN0YW5jZUlkIjoieCJ9", "page: not a page link this list gave")]
    public async Task Bad_filter_answers_400_naming_the_field(string query, string expected)
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        using var http = app.Http();

        using var response = await http.GetAsync(new Uri($"/dashboard/remediations?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_alert_name_is_escaped_on_every_page()
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        var id = await app.RemediationAtAsync(DashboardApp.Alert(Hostile), RemediationStage.AwaitingApproval);
        using var http = app.Http();

        string[] pages =
        [
            await http.GetStringAsync(new Uri("/dashboard/remediations", UriKind.Relative)),
            await http.GetStringAsync(new Uri($"/dashboard/remediations/{id}", UriKind.Relative)),
            await http.GetStringAsync(new Uri("/dashboard/approvals", UriKind.Relative)),
        ];

        Assert.All(pages, html =>
        {
            Assert.Contains("&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#x27;-http5xx", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Timeline_shows_the_audit_records_and_the_verified_chain()
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        var id = await app.RemediationAtAsync(DashboardApp.Alert(), RemediationStage.AwaitingApproval);
        var chain = await app.App.ChainAsync(id);
        using var http = app.Http();

        var html = await http.GetStringAsync(new Uri($"/dashboard/remediations/{id}", UriKind.Relative));

        Assert.Contains($"Audit chain verified: {chain.Count} records", html, StringComparison.Ordinal);
        Assert.All(chain, r => Assert.Contains($"<span class=\"badge run\">{r.Kind}</span>", html, StringComparison.Ordinal));
        Assert.Contains("Waiting for approval", html, StringComparison.Ordinal);
        Assert.Contains("/dashboard/approvals/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_remediation_is_a_404_page()
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        using var http = app.Http();

        using var response = await http.GetAsync(new Uri("/dashboard/remediations/am-nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No remediation &#x27;am-nothing-here&#x27; exists", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_form_terminates_the_remediation_and_audits_the_operator()
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        var id = await app.RemediationAtAsync(DashboardApp.Alert(), RemediationStage.AwaitingApproval);
        using var http = app.Http();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/dashboard/remediations/{id}/cancel", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "fixed by hand" }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await http.SendAsync(request);
        var after = await http.GetStringAsync(response.Headers.Location!);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, await app.CompletionAsync(id));
        var cancelled = (await app.App.ChainAsync(id)).Single(r => r.Kind == AuditRecordKind.Cancelled);
        Assert.Equal((DashboardApp.Operator, "fixed by hand"), (cancelled.Actor.Identity, cancelled.Details["reason"]));
        Assert.Contains("Remediation cancelled", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_link_redirects_to_the_signed_approval_page_for_the_current_plan()
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        var id = await app.RemediationAtAsync(DashboardApp.Alert(), RemediationStage.AwaitingApproval);
        using var http = app.Http();

        using var review = await http.GetAsync(new Uri($"/dashboard/approvals/{id}-approval/review?decision=approve", UriKind.Relative));
        var (status, page) = await ApprovalBrowser.OpenAsync(http, new Uri(http.BaseAddress!, review.Headers.Location!));
        using var unknown = await http.GetAsync(new Uri("/dashboard/approvals/no-such-request/review", UriKind.Relative));

        Assert.Equal(HttpStatusCode.SeeOther, review.StatusCode);
        Assert.StartsWith("/api/approvals/v1.", review.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.EndsWith("?decision=approve", review.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Deciding as <strong>{DashboardApp.Approver}</strong>", page, StringComparison.Ordinal);
        Assert.Contains("approve chosen", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
