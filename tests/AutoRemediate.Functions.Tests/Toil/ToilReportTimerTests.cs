using System.Net;
using System.Net.Http.Json;
using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Dashboard;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Toil;

/// <summary>The toil timer against a real Azurite: once per window across hosts, the daily tick adds the 30 days, re-runs replace, Teams hears once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ToilReportTimerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Two_hosts_firing_the_same_daily_tick_store_one_report_and_post_one_card()
    {
        await using var teams = await FakeTeamsServer.StartAsync();
        var tables = ToilApp.NewTables();
        await using var first = new ToilApp(azurite.ConnectionString, tables, teams.TeamsUrl);
        await using var second = new ToilApp(azurite.ConnectionString, tables, teams.TeamsUrl);
        var window = ToilWindow.LastCompleteBefore(ToilWindowKind.Day, DateTimeOffset.UtcNow);
        await first.SeedAsync(window, "a1", ToilOutcome.AutoRemediated, effort: 20);
        await first.SeedAsync(window, "u1", ToilOutcome.Unmatched, effort: null);

        var logs = await Task.WhenAll(first.FireTimerAsync("ToilDailyReport"), second.FireTimerAsync("ToilDailyReport"));

        Assert.Single(logs, l => l.StartsWith($"toil report {window.Id} generated", StringComparison.Ordinal));
        Assert.Single(logs, l => l.StartsWith($"toil report {window.Id} skipped", StringComparison.Ordinal));
        var thirtyDays = ToilWindow.LastCompleteBefore(ToilWindowKind.ThirtyDays, DateTimeOffset.UtcNow);
        Assert.Single(logs, l => l.Contains($"toil report {thirtyDays.Id} generated", StringComparison.Ordinal));
        var reports = await second.Reports.ListAsync(CancellationToken.None);
        Assert.Equal([thirtyDays.Id, window.Id], reports.Select(r => r.WindowId).Order(StringComparer.Ordinal));
        var stored = Assert.Single(reports, r => r.WindowId == window.Id);
        // 20 min automated = 0.33 h avoided; the unmatched alert costs the assumed 30 min = 0.5 h; coverage 1 / 2
        Assert.Equal((2, 0.33, 0.5, 0.5), (stored.Occurrences, stored.HoursAvoided, stored.HoursRemaining, stored.OccurrenceCoverage));
        // The 30-day report is stored but not posted: one card per day.
        var card = Assert.Single(teams.TeamsPosts);
        Assert.Contains($"Toil report {window.Id}", card.Json, StringComparison.Ordinal);
        Assert.Contains("0.33 h", card.Json, StringComparison.Ordinal);
        Assert.Equal("AdaptiveCard", card.Body["attachments"]![0]!["content"]!["type"]!.GetValue<string>());
        Assert.StartsWith($"toil report {window.Id} skipped", await first.FireTimerAsync("ToilDailyReport"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rerunning_a_window_replaces_its_snapshot_instead_of_adding_one()
    {
        await using var app = new ToilApp(azurite.ConnectionString, ToilApp.NewTables());
        var window = ToilWindow.LastCompleteBefore(ToilWindowKind.Day, DateTimeOffset.UtcNow);
        await app.SeedAsync(window, "a1", ToilOutcome.AutoRemediated, effort: 30);
        await app.FireTimerAsync("ToilDailyReport");
        var before = (await app.Reports.GetAsync(window.Id, CancellationToken.None))!;
        var stored = (await app.Reports.ListAsync(CancellationToken.None)).Count;
        await app.SeedAsync(window, "a2", ToilOutcome.AutoRemediated, effort: 30);

        using var http = ToilApi.Client(app);
        using var response = await http.PostAsync(new Uri($"/api/toil/reports/{window.Id}/run", UriKind.Relative), JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<ToilReport>(Storage.Toil.ToilReportJson.Options))!.Occurrences.Total);
        var after = (await app.Reports.GetAsync(window.Id, CancellationToken.None))!;
        Assert.Equal((1, 0.5), (before.Occurrences.Total, before.HoursAvoided));
        Assert.Equal((2, 1.0), (after.Occurrences.Total, after.HoursAvoided));
        Assert.True(after.GeneratedAt >= before.GeneratedAt);
        Assert.Equal(stored, (await app.Reports.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Daily_tick_also_computes_the_30_days_ending_with_yesterday()
    {
        await using var app = new ToilApp(azurite.ConnectionString, ToilApp.NewTables());
        var now = DateTimeOffset.UtcNow;
        var yesterday = ToilWindow.LastCompleteBefore(ToilWindowKind.Day, now);
        var thirtyDays = ToilWindow.LastCompleteBefore(ToilWindowKind.ThirtyDays, now);
        await app.SeedAsync(yesterday, "a1", ToilOutcome.AutoRemediated, effort: 30);
        await app.SeedAsync(ToilWindow.Day(DateOnly.FromDateTime(thirtyDays.Start.UtcDateTime)), "u1", ToilOutcome.Unmatched, effort: null);
        await app.SeedAsync(ToilWindow.Day(DateOnly.FromDateTime(thirtyDays.Start.UtcDateTime).AddDays(-1)), "u0", ToilOutcome.Unmatched, effort: null);

        var log = await app.FireTimerAsync("ToilDailyReport");
        var again = await app.FireTimerAsync("ToilDailyReport");

        Assert.Equal($"30d-{yesterday.Id[4..]}", thirtyDays.Id);
        Assert.Contains($"toil report {thirtyDays.Id} generated: 2 occurrences", log, StringComparison.Ordinal);
        Assert.Contains($"toil report {thirtyDays.Id} skipped", again, StringComparison.Ordinal);
        var report = (await app.Reports.GetAsync(thirtyDays.Id, CancellationToken.None))!;
        Assert.Equal((ToilWindowKind.ThirtyDays, 2, 0.5, 0.5), (report.Kind, report.Occurrences.Total, report.HoursAvoided, report.HoursRemaining.Total));
        Assert.Equal(1, (await app.Reports.GetAsync(yesterday.Id, CancellationToken.None))!.Occurrences.Total);
        Assert.Equal(thirtyDays.Id, ToilPage.DefaultWindow(await app.Reports.ListAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Weekly_tick_computes_the_previous_ISO_week()
    {
        await using var app = new ToilApp(azurite.ConnectionString, ToilApp.NewTables());
        var week = ToilWindow.LastCompleteBefore(ToilWindowKind.Week, DateTimeOffset.UtcNow);

        var log = await app.FireTimerAsync("ToilWeeklyReport");

        Assert.StartsWith($"toil report {week.Id} generated: 0 occurrences", log, StringComparison.Ordinal);
        Assert.Equal(ToilWindowKind.Week, (await app.Reports.GetAsync(week.Id, CancellationToken.None))!.Kind);
    }
}
