using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing;
using AutoRemediate.Testing.Azurite;
using Microsoft.Playwright;

namespace AutoRemediate.Functions.Tests.Dashboard;

/// <summary>An operator in Debian's headless Chromium (Playwright) on the app served by Kestrel; screenshots go to artifacts/screenshots.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardBrowserTests(AzuriteFixture azurite)
{
    private static readonly string Screenshots = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Find(), "artifacts", "screenshots")).FullName;

    [Fact]
    public async Task Operator_filters_approves_from_pending_approvals_and_watches_the_remediation_complete()
    {
        await using var app = await DashboardApp.StartAsync(azurite, kestrel: true, refreshSeconds: 1);
        var id = await app.RemediationAtAsync(DashboardApp.Alert(), RemediationStage.AwaitingApproval);
        var unmatched = await app.App.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-vmss-cpu-fired.json"));
        await app.WaitForStageAsync(unmatched, RemediationStage.Unmatched);
        var card = await app.Teams.WaitForTeamsPostAsync(id, "Approval needed");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var (list, errors) = await HeadlessChromium.PageAsync(browser);

        await list.GotoAsync(new Uri(app.BaseAddress, "/dashboard/remediations").AbsoluteUri);
        await list.SelectOptionAsync("select[name=stage]", "AwaitingApproval");
        await list.ClickAsync("button[type=submit]");
        await list.WaitForURLAsync("**/dashboard/remediations?*stage=AwaitingApproval*");
        var filtered = await list.Locator("#remediations").InnerTextAsync();
        await list.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-remediations.png"), FullPage = true });

        var (approvals, _) = await HeadlessChromium.PageAsync(browser);
        await approvals.GotoAsync(new Uri(app.BaseAddress, "/dashboard/approvals").AbsoluteUri);
        await approvals.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-approvals.png"), FullPage = true });
        await approvals.ClickAsync("a.button.primary:has-text('Approve')");
        await approvals.WaitForURLAsync("**/api/approvals/**");
        await approvals.FillAsync("#comment", "approved from the dashboard");
        await approvals.ClickAsync("button[value=approve]");
        await approvals.WaitForURLAsync("**/decision");
        var decided = await approvals.Locator("main").InnerTextAsync();
        var outcome = await app.CompletionAsync(id);

        // The list page was not reloaded: its live refresh replaces the filtered table, which no longer holds the remediation.
        await list.Locator($"#remediations a[href='/dashboard/remediations/{id}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        await list.GotoAsync(new Uri(app.BaseAddress, $"/dashboard/remediations/{id}").AbsoluteUri);
        var timeline = await list.Locator("main").InnerTextAsync();
        await list.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-timeline.png"), FullPage = true });

        Assert.Contains(id, filtered, StringComparison.Ordinal);
        Assert.DoesNotContain(unmatched, filtered, StringComparison.Ordinal);
        Assert.Contains("Decision recorded", decided, StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, outcome);
        Assert.Contains("Audit chain verified", timeline, StringComparison.Ordinal);
        Assert.Contains("ApprovalDecided", timeline, StringComparison.Ordinal);
        Assert.Contains(DashboardApp.Approver, timeline, StringComparison.Ordinal);
        Assert.Equal($"/dashboard/remediations/{id}", card.ActionUrl("Open in dashboard").AbsolutePath);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Operator_engages_and_releases_the_kill_switch_with_the_page_form()
    {
        await using var app = await DashboardApp.StartAsync(azurite, kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var (page, errors) = await HeadlessChromium.PageAsync(browser);

        await page.GotoAsync(new Uri(app.BaseAddress, "/dashboard/guardrails").AbsoluteUri);
        await page.FillAsync("#kill-switch-reason", "bad deploy <b>in progress</b>");
        await page.ClickAsync("button:has-text('Engage kill switch')");
        await page.WaitForURLAsync("**done=kill-switch-engaged");
        var engaged = await page.Locator("main").InnerTextAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-guardrails.png"), FullPage = true });
        await page.FillAsync("#kill-switch-reason", "deploy rolled back");
        await page.ClickAsync("button:has-text('Release kill switch')");
        await page.WaitForURLAsync("**done=kill-switch-released");
        var released = await page.Locator("#kill-switch").InnerTextAsync();

        Assert.Contains("Kill switch engaged", engaged, StringComparison.Ordinal);
        Assert.Contains($"Last changed by {DashboardApp.Operator}", engaged, StringComparison.Ordinal);
        Assert.Contains("bad deploy <b>in progress</b>", engaged, StringComparison.Ordinal);
        Assert.Contains("Released", released, StringComparison.Ordinal);
        Assert.Equal(["kill-switch-engaged", "kill-switch-released"], (await app.App.ChainAsync("operator")).Select(r => r.Details["action"]));
        Assert.Empty(errors);
    }
}
