using System.Net;
using System.Text.RegularExpressions;
using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AutoRemediate.Functions.Tests.Dashboard;

/// <summary>The toil page on reports stored in Azurite's toil report table: charts, figures, escaping, and in Chromium under the page's CSP.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class DashboardToilTests(AzuriteFixture azurite)
{
    private const string Hostile = "<script>alert(1)</script>disk-full";
    private const string Window = "30d-2026-10-31";

    [Fact]
    public async Task Toil_page_charts_the_weekly_trend_and_the_top_toil_sources_escaped()
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        await SaveReportsAsync(app);
        using var http = app.Http();

        var html = await http.GetStringAsync(new Uri($"/dashboard/toil?window={Window}", UriKind.Relative));

        Assert.Equal(3, WeekLabel().Matches(html).Count);
        Assert.Contains("<title>2026-W41: 6 h avoided</title>", html, StringComparison.Ordinal);
        Assert.Contains("<b class=\"c-ok\">18.5 h</b>", html, StringComparison.Ordinal);
        Assert.Contains("<b>62.5 %</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;disk-full: 7.5 h", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("Unmatched alerts", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("week-2026-W99", HttpStatusCode.BadRequest, "window: expected day-YYYY-MM-DD")]
    [InlineData("day-2020-01-01", HttpStatusCode.OK, "No report is stored for day-2020-01-01.")]
    public async Task Window_that_is_malformed_or_not_stored_says_so(string window, HttpStatusCode status, string expected)
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        using var http = app.Http();

        using var response = await http.GetAsync(new Uri($"/dashboard/toil?window={window}", UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toil_page_renders_in_Chromium_without_any_script_or_style_refused()
    {
        await using var app = await DashboardApp.StartAsync(azurite, kestrel: true);
        await SaveReportsAsync(app);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var (page, errors) = await HeadlessChromium.PageAsync(browser);

        await page.GotoAsync(new Uri(app.BaseAddress, $"/dashboard/toil?window={Window}").AbsoluteUri);
        var charts = await page.Locator("svg.chart").CountAsync();
        var figures = await page.Locator("#toil-figures").InnerTextAsync();
        var screenshots = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Find(), "artifacts", "screenshots")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "dashboard-toil.png"), FullPage = true });

        Assert.Equal(3, charts);
        Assert.Contains("62.5 %", figures, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    private static async Task SaveReportsAsync(DashboardApp app)
    {
        var store = app.App.Factory.Services.GetRequiredService<IToilReportStore>();
        foreach (var (week, avoided, remaining) in new[] { (40, 4.0, 9.0), (41, 6.0, 8.0), (42, 9.5, 6.0) })
        {
            await store.SaveAsync(Report(ToilWindow.Week(DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(2026, week, DayOfWeek.Monday))), avoided, remaining), default);
        }

        await store.SaveAsync(Report(ToilWindow.ThirtyDays(new DateOnly(2026, 10, 31)), 18.5, 11.25), default);
    }

    private static ToilReport Report(ToilWindow window, double avoided, double remaining) => new()
    {
        WindowId = window.Id,
        Kind = window.Kind,
        From = window.Start,
        To = window.End,
        GeneratedAt = window.End.AddHours(1),
        Occurrences = new ToilOutcomeCounts(20, 8, 2, 2, 3, 1, 4, 0, 0),
        HoursAvoided = avoided,
        HoursRemaining = new ToilHoursRemaining(remaining - 3.75, 1.5, 0.5, 1, 0.75, 0, remaining),
        DryRunHoursAtStake = 1,
        OccurrenceCoverage = 0.625,
        RuleCoverage = 0.5,
        RulesSeen = 4,
        RulesWithBinding = 2,
        AutomatedTimeToRemediate = new DurationStats(10, 4, 9),
        ManualTimeToRemediate = new DurationStats(4, 45, 90),
        ApprovalLatency = new DurationStats(2, 6, 11),
        Runbooks = [new RunbookFigures("restart", 10, 1, 3, 2, 0.9091, avoided)],
        TopUnautomatedRules = [new UnautomatedRule(Hostile, 5, 5, 7.5, null), new UnautomatedRule("queue-poison", 2, 0, 1.5, "queue-drain")],
        ManualToil = [],
        Settings = ToilReportSettings.Defaults,
    };

    [GeneratedRegex(">2026-W4[0-2]</text>")]
    private static partial Regex WeekLabel();
}
