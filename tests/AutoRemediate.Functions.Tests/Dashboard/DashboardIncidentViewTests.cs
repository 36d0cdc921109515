using System.Globalization;
using System.Text.Json;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing;
using AutoRemediate.Testing.Azurite;
using Microsoft.Playwright;

namespace AutoRemediate.Functions.Tests.Dashboard;

/// <summary>
/// The dashboard as an on-call engineer uses it mid-incident, in headless Chromium on real remediations in Azurite:
/// order across pages, every target, the attention strip against the API, grouped approvals, today's toil.
/// Screenshots of each page at 1280 px (and the list at phone width) go to artifacts/screenshots.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardIncidentViewTests(AzuriteFixture azurite)
{
    private static readonly string Screenshots = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Find(), "artifacts", "screenshots")).FullName;

    [Fact]
    public async Task List_pages_newest_first_shows_all_three_targets_and_the_strip_counts_what_the_API_lists()
    {
        await using var app = await DashboardApp.StartAsync(azurite, kestrel: true, pageSize: 2);
        var ids = new List<string>();
        foreach (var site in new[] { "shop-web-a", "shop-web-b", "shop-web-c" })
        {
            ids.Add(await app.RemediationAtAsync(DashboardApp.AlertOn(site), RemediationStage.AwaitingApproval));
        }

        var unmatched = await app.App.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-vmss-cpu-fired.json"));
        await app.WaitForStageAsync(unmatched, RemediationStage.Unmatched);
        var multi = await app.App.PostAlertAsync(DashboardApp.AlertOn("shop-web-1", "shop-web-2", "shop-web-3"));
        await app.WaitForStageAsync(multi, s => s is not (RemediationStage.Received or RemediationStage.Matched or RemediationStage.GuardrailsEvaluated));
        ids.AddRange([unmatched, multi]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var (page, errors) = await HeadlessChromium.PageAsync(browser, width: 1280);

        await page.GotoAsync(new Uri(app.BaseAddress, "/dashboard/remediations").AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-remediations.png"), FullPage = true });
        var firstRow = await page.Locator("#remediations tbody tr").First.InnerTextAsync();
        var strip = await StripAsync(page);
        var seen = await EveryPageAsync(page);
        await page.GotoAsync(new Uri(app.BaseAddress, "/dashboard/remediations?since=24h&stage=AwaitingApproval").AbsoluteUri);
        var awaitingRows = (await EveryPageAsync(page)).Count;
        var (phone, _) = await HeadlessChromium.PageAsync(browser, width: 390, height: 844);
        await phone.GotoAsync(new Uri(app.BaseAddress, "/dashboard/remediations").AbsoluteUri);
        var phoneOverflow = await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-remediations-phone.png"), FullPage = true });
        var api = await ApiCountsAsync(app);

        var newestFirst = await CreatedNewestFirstAsync(app, ids);
        Assert.Equal(newestFirst, seen);
        Assert.Contains("shop-web-1", firstRow, StringComparison.Ordinal);
        Assert.Contains("shop-web-2", firstRow, StringComparison.Ordinal);
        Assert.Contains("shop-web-3", firstRow, StringComparison.Ordinal);
        Assert.Contains("Sev1", firstRow, StringComparison.Ordinal);
        Assert.Equal(api, strip);
        Assert.Equal(5, strip["total"]);
        Assert.InRange(strip["awaiting-approval"], 3, 4);
        Assert.Equal(strip["awaiting-approval"], awaitingRows);
        Assert.False(phoneOverflow, "the list is wider than a 390 px phone screen");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Approvals_for_the_same_binding_and_resource_are_grouped_and_the_detail_page_gives_the_alert_context()
    {
        await using var app = await DashboardApp.StartAsync(azurite, kestrel: true);
        var first = await app.RemediationAtAsync(DashboardApp.Alert(), RemediationStage.AwaitingApproval);
        var second = await app.RemediationAtAsync(DashboardApp.Alert(), RemediationStage.AwaitingApproval);
        var other = await app.RemediationAtAsync(DashboardApp.AlertOn("shop-web-1"), RemediationStage.AwaitingApproval);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var (page, errors) = await HeadlessChromium.PageAsync(browser, width: 1280);

        await page.GotoAsync(new Uri(app.BaseAddress, "/dashboard/approvals").AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-approvals.png"), FullPage = true });
        var groups = await page.Locator("section.approval-group").AllInnerTextsAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, $"/dashboard/remediations/{first}").AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-remediation.png"), FullPage = true });
        var alert = await page.Locator("#alert").InnerTextAsync();
        var portal = await page.Locator("#alert a.portal").GetAttributeAsync("href");
        await page.ClickAsync("a:has-text('Review and decide')");
        await page.WaitForURLAsync("**/api/approvals/**");
        var approval = await page.Locator("main").InnerTextAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "approval-page.png"), FullPage = true });

        Assert.Equal(2, groups.Count);
        var checkout = Assert.Single(groups, g => g.Contains("checkout-api-prod", StringComparison.Ordinal));
        Assert.Contains("2 requests", checkout, StringComparison.Ordinal);
        Assert.Contains(first, checkout, StringComparison.Ordinal);
        Assert.Contains(second, checkout, StringComparison.Ordinal);
        Assert.Contains(other, Assert.Single(groups, g => g.Contains("shop-web-1", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("HTTP 5xx rate above threshold on checkout-api-prod", alert, StringComparison.Ordinal);
        Assert.Contains("2026-11-20 03:12:45Z", alert, StringComparison.Ordinal);
        Assert.Contains("Fired", alert, StringComparison.Ordinal);
        Assert.Contains("Sev1", alert, StringComparison.Ordinal);
        Assert.Equal(
            "https://portal.azure.com/#@/resource/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-checkout-prod/providers/microsoft.web/sites/checkout-api-prod",
            portal);
        Assert.Contains("Restart 1 resource (checkout-api-prod) with the 'restart' runbook", approval, StringComparison.Ordinal);
        Assert.DoesNotContain("restart: restart", approval, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Toil_page_shows_today_so_far_once_remediations_have_run()
    {
        await using var app = await DashboardApp.StartAsync(azurite, kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var (page, errors) = await HeadlessChromium.PageAsync(browser, width: 1280);
        await page.GotoAsync(new Uri(app.BaseAddress, "/dashboard/toil").AbsoluteUri);
        var before = await page.Locator("#toil-today").InnerTextAsync();
        var unmatched = await app.App.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-vmss-cpu-fired.json"));
        await app.CompletionAsync(unmatched);

        await page.GotoAsync(new Uri(app.BaseAddress, "/dashboard/toil").AbsoluteUri);
        var today = await page.Locator("#toil-today").InnerTextAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-toil-today.png"), FullPage = true });

        Assert.Contains($"day-{DateTime.UtcNow:yyyy-MM-dd}", today, StringComparison.Ordinal);
        Assert.Matches("Remediations\\s*0", before);
        Assert.Matches("Remediations\\s*1", today);
        Assert.Matches("Hours still manual\\s*0\\.\\d+ h", today);
        Assert.Empty(errors);
    }

    /// <summary>The instance ids of every row, following "Next page" from the page shown to the last.</summary>
    private static async Task<List<string>> EveryPageAsync(IPage page)
    {
        var seen = new List<string>();
        while (true)
        {
            seen.AddRange(await page.Locator("#remediations tbody tr .mono").AllInnerTextsAsync());
            var next = page.Locator("a.button:has-text('Next page')");
            if (await next.CountAsync() == 0)
            {
                return seen;
            }

            await page.GotoAsync(new Uri(new Uri(page.Url), await next.GetAttributeAsync("href")).AbsoluteUri);
        }
    }

    private static async Task<Dictionary<string, int>> StripAsync(IPage page)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in new[] { "awaiting-approval", "escalated", "failed", "running", "total" })
        {
            counts[id] = int.Parse(await page.Locator($"#count-{id} b").InnerTextAsync(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>The same counts from <c>GET /api/remediations</c> over the last 24 hours, every page.</summary>
    private static async Task<Dictionary<string, int>> ApiCountsAsync(DashboardApp app)
    {
        using var api = new OperatorClient(app.App);
        var items = new List<JsonElement>();
        string? token = null;
        do
        {
            var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-24).ToString("O", CultureInfo.InvariantCulture));
            var page = await api.JsonAsync(HttpMethod.Get, $"/api/remediations?from={from}&pageSize=1{(token is null ? string.Empty : $"&continuationToken={Uri.EscapeDataString(token)}")}");
            items.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.TryGetProperty("continuationToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (token is not null);

        string? Text(JsonElement item, string name) => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["awaiting-approval"] = items.Count(i => Text(i, "stage") == "AwaitingApproval"),
            ["escalated"] = items.Count(i => Text(i, "stage") == "Escalated"),
            ["failed"] = items.Count(i => Text(i, "stage") == "Failed" || Text(i, "runtimeStatus") == "Failed"),
            ["running"] = items.Count(i => Text(i, "runtimeStatus") == "Running"),
            ["total"] = items.Count,
        };
    }

    private static async Task<List<string>> CreatedNewestFirstAsync(DashboardApp app, IEnumerable<string> ids)
    {
        var created = new List<(string Id, DateTimeOffset At)>();
        foreach (var id in ids)
        {
            created.Add((id, (await app.App.Client.GetInstanceAsync(id, getInputsAndOutputs: true))!.CreatedAt));
        }

        return [.. created.OrderByDescending(c => c.At).ThenByDescending(c => c.Id, StringComparer.Ordinal).Select(c => c.Id)];
    }
}
