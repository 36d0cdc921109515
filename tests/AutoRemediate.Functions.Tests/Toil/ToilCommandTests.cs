using System.Text.Json;
using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Functions.Toil;
using AutoRemediate.Testing.Azurite;
using Azure.Data.Tables;

namespace AutoRemediate.Functions.Tests.Toil;

/// <summary>The <c>toil</c> command: argument errors name the option and exit 2 before touching storage; a preview reads the ledger and stores nothing.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ToilCommandTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(new[] { "toil", "add", "--who", "alice", "--minutes", "forty" }, "--minutes: 'forty' is not a whole number")]
    [InlineData(new[] { "toil", "add", "--who", "alice", "--at", "last tuesday" }, "--at: 'last tuesday' is not an ISO 8601 time")]
    [InlineData(new[] { "toil", "add", "--whom", "alice" }, "unknown option '--whom'")]
    [InlineData(new[] { "toil", "add", "--who" }, "--who needs a value")]
    [InlineData(new[] { "toil", "report", "yesterday" }, "WINDOW: 'yesterday'")]
    [InlineData(new[] { "toil", "report", "day-2999-01-01" }, "day-2999-01-01 has not ended yet; --preview shows it so far")]
    [InlineData(new[] { "toil", "verify" }, "--day: missing; usage: toil verify --day YYYY-MM-DD")]
    [InlineData(new[] { "toil", "verify", "--day", "21/11/2026" }, "--day: '21/11/2026' is not a day")]
    public async Task Bad_arguments_exit_2_with_a_message_naming_the_option(string[] args, string message)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Preview_prints_today_so_far_from_the_ledger_and_stores_no_report()
    {
        var tables = ToilApp.NewTables();
        await using var app = new ToilApp(azurite.ConnectionString, tables);
        var today = ToilWindow.Day(DateOnly.FromDateTime(DateTime.UtcNow));
        await app.SeedAsync(today, "a1", ToilOutcome.AutoRemediated, effort: 30);
        await app.SeedAsync(today, "d1", ToilOutcome.DryRun, effort: 20);

        var (exit, output, error) = await RunAsync(["toil", "report", today.Id, "--preview"], ToilApp.Settings(azurite.ConnectionString, tables));

        Assert.Equal(0, exit);
        Assert.Contains($"{today.Id} as the ledger has it", error, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        // 30 min automated = 0.5 h avoided; the dry run's 20 min is still a human's = 0.33 h at stake; coverage 1 of 2
        Assert.Equal(
            (2, 0.5, 0.33, 0.5),
            (root.GetProperty("occurrences").GetProperty("total").GetInt32(), root.GetProperty("hoursAvoided").GetDouble(),
                root.GetProperty("dryRunHoursAtStake").GetDouble(), root.GetProperty("occurrenceCoverage").GetDouble()));
        Assert.Null(await app.Reports.GetAsync(today.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_exits_1_naming_the_difference_when_a_row_landed_without_its_rollup_and_0_once_the_day_is_re_rolled()
    {
        var tables = ToilApp.NewTables();
        await using var app = new ToilApp(azurite.ConnectionString, tables);
        var settings = ToilApp.Settings(azurite.ConnectionString, tables);
        var day = ToilWindow.Day(new DateOnly(2026, 11, 20));
        await app.SeedAsync(day, "a1", ToilOutcome.AutoRemediated, effort: 30);
        await app.SeedAsync(day, "f1", ToilOutcome.Failed, effort: 20);
        var agreed = await RunAsync(["toil", "verify", "--day", "2026-11-20"], settings);
        // A row without its rollup: what a host of a version before rollups writes.
        await new TableServiceClient(azurite.ConnectionString).GetTableClient("toil" + tables).AddEntityAsync(new TableEntity("o-20261120", "u1")
        {
            ["OccurrenceId"] = "u1", ["OccurredAt"] = day.Start.AddHours(3), ["EndedAt"] = day.Start.AddHours(3.1), ["Outcome"] = "Unmatched", ["RuleName"] = "disk-full",
        });

        var differed = await RunAsync(["toil", "verify", "--day", "2026-11-20"], settings);
        await RunAsync(["toil", "report", day.Id], settings);
        var repaired = await RunAsync(["toil", "verify", "--day", "2026-11-20"], settings);

        Assert.Equal((0, "toil verify: 2026-11-20: the rollup agrees with the 2 ledger rows"), (agreed.Exit, agreed.Output.Trim()));
        Assert.Equal(1, differed.Exit);
        Assert.Contains("rows: 2 here, 3 expected", differed.Output, StringComparison.Ordinal);
        Assert.Contains("rule 'disk-full' occurrences: 0 here, 1 expected", differed.Output, StringComparison.Ordinal);
        Assert.Equal((0, "toil verify: 2026-11-20: the rollup agrees with the 3 ledger rows"), (repaired.Exit, repaired.Output.Trim()));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ToilCommand.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }
}
