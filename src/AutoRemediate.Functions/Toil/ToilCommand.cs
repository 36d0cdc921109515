using System.Globalization;
using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Composition;
using AutoRemediate.Storage.Toil;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// <c>AutoRemediate.Functions toil add --who W --what "…" --minutes N --category C [--at TIME]</c> logs manual toil;
/// <c>toil report WINDOW [--csv|--html]</c> recomputes an ended window (replacing its snapshot) and prints it;
/// with <c>--preview</c> it prints any window as the ledger has it now (today so far, say) and stores nothing;
/// <c>toil verify --day YYYY-MM-DD</c> compares the day's stored rollup with its ledger rows and lists any difference.
/// Exit 0 on success, 2 for bad arguments (the message names the option), 1 when the window is held elsewhere or a
/// verified day differs.
/// </summary>
internal static class ToilCommand
{
    public const string CommandIdentity = "cli";
    private const string ToilWindowUsage = "usage: toil report day-YYYY-MM-DD|week-YYYY-Www|30d-YYYY-MM-DD [--preview] [--csv|--html]";
    private const string VerifyUsage = "usage: toil verify --day YYYY-MM-DD";
    private static readonly string[] AddOptions = ["--who", "--what", "--minutes", "--category", "--at"];

    public static bool Matches(string[] args) => args is ["toil", "add" or "report" or "verify", ..];

    /// <param name="args">The command line, starting with <c>toil</c>.</param>
    /// <param name="output">Where the result goes.</param>
    /// <param name="error">Where progress and errors go.</param>
    /// <param name="settings">Settings over the app's own (appsettings, environment); tests point storage with them.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        return args[1] switch
        {
            "add" => await AddAsync(args[2..], output, error, settings),
            "verify" => await VerifyAsync(args[2..], output, error, settings),
            _ => await ReportAsync(args[2..], output, error, settings),
        };
    }

    private static async Task<int> VerifyAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        if (args is not ["--day", var text])
        {
            return await FailAsync(error, "--day", $"{(args.Length == 0 ? "missing" : $"unexpected '{string.Join(' ', args)}'")}; {VerifyUsage}");
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year < 2000)
        {
            return await FailAsync(error, "--day", $"'{text}' is not a day; {VerifyUsage}");
        }

        using var host = HostComposition.BuildCommandHost([], settings);
        var (rows, differences) = await host.Services.GetRequiredService<ToilDayVerifier>().VerifyAsync(day, CancellationToken.None);
        if (differences.Count == 0)
        {
            await output.WriteLineAsync($"toil verify: {day:yyyy-MM-dd}: the rollup agrees with the {rows} ledger rows");
            return 0;
        }

        await output.WriteLineAsync($"toil verify: {day:yyyy-MM-dd}: the rollup differs from the {rows} ledger rows (here = stored rollup, expected = ledger rows):");
        foreach (var difference in differences)
        {
            await output.WriteLineAsync("  " + difference);
        }

        return 1;
    }

    private static async Task<int> AddAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!AddOptions.Contains(args[i]) || i + 1 >= args.Length)
            {
                await error.WriteLineAsync($"toil add: {(AddOptions.Contains(args[i]) ? $"{args[i]} needs a value" : $"unknown option '{args[i]}'")}; usage: toil add --who W --what TEXT --minutes N --category C [--at TIME]");
                return 2;
            }

            values[args[i]] = args[i + 1];
        }

        int? minutes = null;
        if (values.TryGetValue("--minutes", out var m))
        {
            if (!int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return await FailAsync(error, "--minutes", $"'{m}' is not a whole number of minutes");
            }

            minutes = parsed;
        }

        DateTimeOffset? at = null;
        if (values.TryGetValue("--at", out var a))
        {
            if (!DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return await FailAsync(error, "--at", $"'{a}' is not an ISO 8601 time, e.g. 2026-11-21T14:00:00Z");
            }

            at = parsed;
        }

        using var host = HostComposition.BuildCommandHost([], settings);
        var input = new ManualToilInput(values.GetValueOrDefault("--who"), values.GetValueOrDefault("--what"), minutes, values.GetValueOrDefault("--category"), at);
        var (entry, errors) = await host.Services.GetRequiredService<ManualToilLog>().AddAsync(input, CommandIdentity, CancellationToken.None);
        if (entry is null)
        {
            return await FailAsync(error, "--" + errors[0].Field, string.Join("; ", errors.Select(e => $"--{e.Field}: {e.Message}")));
        }

        await output.WriteLineAsync($"toil: logged {entry.Minutes} min of '{entry.Category}' by {entry.Who} at {entry.At:u} (entry {entry.Id})");
        return 0;
    }

    private static async Task<int> ReportAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        if (args is not [var id, ..] || !ToilWindow.TryParse(id, out var window, out _))
        {
            return await FailAsync(error, "WINDOW", $"{(args.Length == 0 ? "missing" : $"'{args[0]}'")}: {ToilWindowUsage}");
        }

        using var host = HostComposition.BuildCommandHost([], settings);
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (args.Contains("--preview"))
        {
            var preview = await host.Services.GetRequiredService<ToilPreview>().ComputeAsync(window, CancellationToken.None);
            await error.WriteLineAsync($"toil: {window.Id} as the ledger has it at {now:u}; not stored");
            await WriteAsync(output, preview, args);
            return 0;
        }

        if (window.End > now)
        {
            return await FailAsync(error, "WINDOW", $"{window.Id} has not ended yet; --preview shows it so far without storing it");
        }

        var result = await host.Services.GetRequiredService<ToilReportRunner>().RunAsync(window, rerun: true, CancellationToken.None);
        await error.WriteLineAsync($"toil: {result}");
        if (result.Report is not { } report)
        {
            return 1;
        }

        await WriteAsync(output, report, args);
        return 0;
    }

    private static Task WriteAsync(TextWriter output, ToilReport report, string[] args) =>
        output.WriteAsync(args.Contains("--csv") ? ToilReportCsv.Format(report)
            : args.Contains("--html") ? ToilReportHtml.Format(report)
            : ToilReportJson.Serialize(report) + Environment.NewLine);

    private static async Task<int> FailAsync(TextWriter error, string option, string message)
    {
        await error.WriteLineAsync($"toil: {option}: {message}");
        return 2;
    }
}
