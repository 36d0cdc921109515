using System.Globalization;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Configuration;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Benchmarks;

/// <summary>The <c>toil</c> scenario on its own Azurite: 1,000,000 rows by default, 20,000 with --quick, or --rows N.</summary>
internal static class ToilBenchProgram
{
    public const int FullRows = 1_000_000;
    public const int QuickRows = 20_000;

    public static async Task<int> RunAsync(string[] args, bool quick)
    {
        var rows = quick ? QuickRows : FullRows;
        if (Array.IndexOf(args, "--rows") is var at and >= 0)
        {
            if (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out rows) || rows < 1)
            {
                Console.Error.WriteLine("toil: --rows needs a positive whole number");
                return 2;
            }
        }

        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            Console.WriteLine($"toil: Azurite on 127.0.0.1:{azurite.TablePort}, {Environment.ProcessorCount} cores, 30-day window {ToilBench.Window.Id}");
            var tables = StorageServiceClients.CreateTableService(new StorageAccountOptions { ConnectionString = azurite.ConnectionString });
            var figures = await new ToilBench(tables, rows).RunAsync();
            Print(figures);
            if (!figures.MatchesArithmetic)
            {
                Console.Error.WriteLine("toil: the report read from Azurite differs from the one built from the same rows without storage");
            }

            if (!figures.Rollups.Agrees)
            {
                Console.Error.WriteLine("toil: the report from day rollups differs from the report over the rows (beyond the percentiles' 1 % bound)");
            }

            return figures.RowsCounted == rows && figures.MatchesArithmetic && figures.Rollups.Agrees ? 0 : 1;
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static void Print(ToilFigures f)
    {
        const double MiB = 1024 * 1024;
        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| ledger rows seeded (100-row batches, 8 in flight) | {f.Rows:N0} in {f.Seeding.TotalSeconds:0.0} s ({f.Rows / f.Seeding.TotalSeconds:0} rows/s) |");
        Console.WriteLine($"| 30-day report over the ledger | {f.Reporting.TotalSeconds:0.00} s ({f.RowsCounted / f.Reporting.TotalSeconds:0} rows/s), {f.RowsCounted:N0} rows counted |");
        Console.WriteLine($"| bench process CPU during the report (reading, parsing, counting) | {f.ReportingCpu.TotalSeconds:0.00} s |");
        Console.WriteLine($"| the same rows straight into the report builder, no storage | {f.Arithmetic.TotalSeconds:0.00} s; same report: {(f.MatchesArithmetic ? "yes" : "NO")} |");
        Console.WriteLine($"| managed heap before / peak during the report | {f.ManagedBaselineBytes / MiB:0.0} / {f.PeakManagedBytes / MiB:0.0} MiB |");
        Console.WriteLine($"| process working set, peak during the report | {f.PeakWorkingSetBytes / MiB:0.0} MiB |");
        Console.WriteLine($"| bytes allocated by the report | {f.AllocatedBytes / MiB:0.0} MiB ({(double)f.AllocatedBytes / Math.Max(1, f.RowsCounted):0} per row) |");
        var rolled = f.Rollups;
        var times = Distribution.Of([.. rolled.ReportMs]);
        Console.WriteLine($"| rolling the 30 seeded days up (one re-roll per day) | {rolled.RollingUp.TotalSeconds:0.0} s |");
        Console.WriteLine($"| 30-day report from the day rollups, median of {times.Count} (min / max) | {times.Median / 1000:0.000} s ({rolled.ReportMs.Min() / 1000:0.000} / {rolled.ReportMs.Max() / 1000:0.000} s); {f.Reporting.TotalSeconds / (times.Median / 1000):0} x faster than over the rows (baseline above, same run) |");
        Console.WriteLine($"| managed heap / working set, peak during the rollup reports | {rolled.PeakManagedBytes / MiB:0.0} / {rolled.PeakWorkingSetBytes / MiB:0.0} MiB |");
        Console.WriteLine($"| bytes allocated per rollup report | {rolled.AllocatedBytes / MiB:0.0} MiB |");
        Console.WriteLine($"| report from rollups = report over rows (percentiles within 1 %) | {(rolled.Agrees ? "yes" : "NO")} |");
        Console.WriteLine();
        var d = rolled.Report;
        Console.WriteLine($"percentiles, rows vs rollups: automated TTR median {f.Report.AutomatedTimeToRemediate.MedianMinutes} / {d.AutomatedTimeToRemediate.MedianMinutes}, p90 {f.Report.AutomatedTimeToRemediate.P90Minutes} / {d.AutomatedTimeToRemediate.P90Minutes}; manual TTR median {f.Report.ManualTimeToRemediate.MedianMinutes} / {d.ManualTimeToRemediate.MedianMinutes}; approval latency median {f.Report.ApprovalLatency.MedianMinutes} / {d.ApprovalLatency.MedianMinutes} min");
        var r = f.Report;
        Console.WriteLine($"report: {r.HoursAvoided:0.##} h avoided, {r.HoursRemaining.Total:0.##} h remaining, coverage {r.OccurrenceCoverage:P1}, rules {r.RulesWithBinding}/{r.RulesSeen}, top rule {r.TopUnautomatedRules.FirstOrDefault()?.RuleName}");
    }
}
