using System.Globalization;
using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Text;
using AutoRemediate.Functions.Composition;

namespace AutoRemediate.Functions.Audit;

/// <summary>
/// <c>AutoRemediate.Functions audit verify --day YYYY-MM-DD</c>: verifies every chain begun that UTC day against its
/// anchor and prints one line per chain (intact, unkeyed legacy records, or each problem by kind), then a summary.
/// Exit 0 when no chain has a problem, 1 when any has, 2 for bad arguments. Chain ids and problem text are printed
/// escaped (<see cref="UntrustedText.Escape"/>): they come from storage and this prints to a terminal.
/// </summary>
internal static class AuditVerifyCommand
{
    private const string Usage = "usage: audit verify --day YYYY-MM-DD";

    public static bool Matches(string[] args) => args is ["audit", "verify", ..];

    /// <param name="args">The command line, starting with <c>audit verify</c>.</param>
    /// <param name="output">Where the result goes.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="settings">Settings over the app's own (appsettings, environment); tests point storage with them.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (args is not ["audit", "verify", "--day", var text]
            || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var got = args.Length > 2 ? $"'{UntrustedText.Echo(string.Join(' ', args[2..]))}'" : "missing --day";
            await error.WriteLineAsync($"audit verify: --day: {got}: {Usage}");
            return 2;
        }

        using var host = HostComposition.BuildCommandHost([], settings);
        var report = await host.Services.GetRequiredService<AuditDayVerifier>().VerifyAsync(day, CancellationToken.None);
        var prefix = $"audit: {text}:";
        foreach (var chain in report.Chains)
        {
            var id = UntrustedText.Escape(chain.RemediationId);
            if (chain.IsIntact)
            {
                await output.WriteLineAsync($"{prefix} {id}: {Describe(chain)}");
                continue;
            }

            foreach (var problem in chain.Problems)
            {
                await output.WriteLineAsync($"{prefix} {id}: FAILED {problem.Kind}: {UntrustedText.Escape(problem.Description)}");
            }
        }

        var intact = report.Chains.Count - report.Failed.Count - report.Unkeyed.Count;
        await output.WriteLineAsync(report.Chains.Count == 0
            ? $"{prefix} no chain began on this day"
            : $"{prefix} {report.Chains.Count} chain(s): {intact} intact, {report.Unkeyed.Count} unkeyed, {report.Failed.Count} FAILED");
        return report.IsIntact ? 0 : 1;
    }

    private static string Describe(AuditVerificationReport chain)
    {
        var line = chain.UnkeyedRecords > 0
            ? $"unkeyed: {chain.RecordCount} record(s), {chain.UnkeyedRecords} unkeyed (written before keying; hash-linked only, a writer could have recomputed them)"
            : $"intact: {chain.RecordCount} keyed record(s), anchored";
        return chain.AnchorBehind > 0
            ? line + $"; anchor {chain.AnchorBehind} record(s) behind (an append stopped before updating it; the next append heals it)"
            : line;
    }
}
