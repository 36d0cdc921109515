using System.Text.Json;
using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Functions.Toil;
using AutoRemediate.Testing.Azurite;

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

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ToilCommand.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }
}
