using System.Net;
using System.Net.Http.Json;
using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Toil;

/// <summary>GET /api/toil/reports/{window} as JSON, CSV and HTML, and its refusals.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ToilReportApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Stored_report_is_served_as_json_csv_and_a_self_contained_html_page()
    {
        await using var app = new ToilApp(azurite.ConnectionString, ToilApp.NewTables());
        var window = ToilWindow.Day(new DateOnly(2026, 11, 20));
        var builder = new ToilReportBuilder(window, ToilReportSettings.Defaults);
        builder.Add(new ToilOccurrence
        {
            OccurrenceId = "u1", RemediationId = "u1", OccurredAt = window.Start.AddHours(3), EndedAt = window.Start.AddHours(3),
            Outcome = ToilOutcome.Unmatched, RuleName = "<b>disk</b> full",
        });
        await app.Reports.SaveAsync(builder.Build(window.End), CancellationToken.None);
        using var http = ToilApi.Client(app);

        using var json = await http.GetAsync(new Uri($"/api/toil/reports/{window.Id}", UriKind.Relative));
        using var csv = await http.GetAsync(new Uri($"/api/toil/reports/{window.Id}.csv", UriKind.Relative));
        using var html = await http.GetAsync(new Uri($"/api/toil/reports/{window.Id}.html", UriKind.Relative));

        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"kind\":\"Day\"", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("remaining,unmatched,hours,0.5", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("default-src 'none'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;disk&lt;/b&gt; full", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/toil/reports/yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/toil/reports/day-2020-01-01.html", HttpStatusCode.NotFound)]
    [InlineData("/api/toil/reports/day-2999-01-01/run", HttpStatusCode.BadRequest)]
    public async Task Unknown_missing_or_unfinished_windows_are_refused(string path, HttpStatusCode expected)
    {
        await using var app = new ToilApp(azurite.ConnectionString, ToilApp.NewTables());
        using var http = ToilApi.Client(app);

        using var response = path.EndsWith("/run", StringComparison.Ordinal)
            ? await http.PostAsync(new Uri(path, UriKind.Relative), JsonContent.Create(new { }))
            : await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await app.Reports.ListAsync(CancellationToken.None));
    }
}
