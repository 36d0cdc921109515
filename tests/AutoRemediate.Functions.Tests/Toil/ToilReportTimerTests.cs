using System.Net;
using System.Net.Http.Json;
using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Toil;

/// <summary>The toil timer against a real Azurite: once per window across hosts, re-runs replace, Teams hears once.</summary>
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
        var stored = Assert.Single(await second.Reports.ListAsync(CancellationToken.None));
        Assert.Equal(window.Id, stored.WindowId);
        // 20 min automated = 0.33 h avoided; the unmatched alert costs the assumed 30 min = 0.5 h; coverage 1 / 2
        Assert.Equal((2, 0.33, 0.5, 0.5), (stored.Occurrences, stored.HoursAvoided, stored.HoursRemaining, stored.OccurrenceCoverage));
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
        await app.SeedAsync(window, "a2", ToilOutcome.AutoRemediated, effort: 30);

        using var http = ToilApi.Client(app);
        using var response = await http.PostAsync(new Uri($"/api/toil/reports/{window.Id}/run", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<ToilReport>(Storage.Toil.ToilReportJson.Options))!.Occurrences.Total);
        var after = (await app.Reports.GetAsync(window.Id, CancellationToken.None))!;
        Assert.Equal((1, 0.5), (before.Occurrences.Total, before.HoursAvoided));
        Assert.Equal((2, 1.0), (after.Occurrences.Total, after.HoursAvoided));
        Assert.True(after.GeneratedAt >= before.GeneratedAt);
        Assert.Single(await app.Reports.ListAsync(CancellationToken.None));
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
