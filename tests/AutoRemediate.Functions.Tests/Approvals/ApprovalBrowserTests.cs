using System.Net;
using System.Net.Sockets;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing;
using AutoRemediate.Testing.Azurite;
using Microsoft.Playwright;

namespace AutoRemediate.Functions.Tests.Approvals;

/// <summary>A person approving in a real browser: Debian's headless Chromium, driven by Playwright, on the app served by Kestrel.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApprovalBrowserTests(AzuriteFixture azurite)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Approver = "dana@contoso.com";

    [Fact]
    public async Task Approver_opens_the_card_link_in_Chromium_approves_and_the_remediation_continues()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/bootstrap.sh (it installs Debian's chromium).");
        await using var bed = await ApprovalTestBed.StartAsync(azurite, localApprover: Approver, kestrelPort: FreePort());
        var request = TestApprovalRequests.Create();
        var link = (await bed.StartRemediationAsync(request)).ActionUrl("Approve");
        var screenshots = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Find(), "artifacts", "approvals")).FullName;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        var opened = await page.GotoAsync(link.AbsoluteUri);
        var facts = await page.Locator("main").InnerTextAsync();
        await page.Locator("#comment").FillAsync("restart approved from the browser test");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "approval-page.png"), FullPage = true });
        await page.Locator("button[value=approve]").ClickAsync();
        await page.WaitForURLAsync("**/decision");
        var result = await page.Locator("main").InnerTextAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "approval-result.png"), FullPage = true });
        var decided = await bed.CompletionAsync(request);

        Assert.Equal(200, opened!.Status);
        Assert.Contains("checkout-5xx-rate", facts, StringComparison.Ordinal);
        Assert.Contains(TestApprovalRequests.Site, facts, StringComparison.Ordinal);
        Assert.Contains("outside the change window Mon-Fri 09:00-17:00", facts, StringComparison.Ordinal);
        Assert.Contains($"Deciding as {Approver}", facts, StringComparison.Ordinal);
        Assert.Contains("Decision recorded", result, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Approved, decided.Decision);
        var vote = Assert.Single(decided.Votes);
        Assert.Equal((Approver, "restart approved from the browser test"), (vote.Approver, vote.Comment));
        Assert.Contains("Chrome", vote.Origin.UserAgent, StringComparison.Ordinal);
        Assert.Equal("remediating", (await bed.App.Client.GetInstanceAsync(request.RemediationId, getInputsAndOutputs: true))!.ReadCustomStatusAs<string>());
        Assert.True(new FileInfo(Path.Combine(screenshots, "approval-page.png")).Length > 0);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
