namespace AutoRemediate.Benchmarks.Storm;

/// <summary>Prints the storm scenario's figures as Markdown-friendly lines.</summary>
internal static class StormPrinter
{
    public static void Intake(string what, IReadOnlyList<IntakeResult> results)
    {
        var accepted = results.Where(r => r.Accepted).ToArray();
        var latency = Distribution.Of(results.Select(r => r.Milliseconds).ToArray());
        var span = results.Count == 0 ? 0 : results.Max(r => (r.SentAt.TotalMilliseconds + r.Milliseconds) / 1000) - results.Min(r => r.SentAt.TotalSeconds);
        var refused = results.Where(r => !r.Accepted).GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} x {(g.Key == 0 ? "no answer" : g.Key.ToString())}");
        Console.WriteLine($"| {what}: calls / accepted (202) | {results.Count} / {accepted.Length}{(accepted.Length < results.Count ? $" (refused: {string.Join(", ", refused)})" : string.Empty)} |");
        Console.WriteLine($"| {what}: webhook latency p50 / p99 | {latency.Median:0} / {latency.P99:0} ms |");
        Console.WriteLine($"| {what}: accepted per second (first call to last answer, {span:0.0} s) | {(span > 0 ? accepted.Length / span : 0):0.0} /s |");
    }

    public static void Outcomes(IReadOnlyList<RemediationRow> rows)
    {
        var ended = rows.Where(r => r.RuntimeStatus is "Completed" or "Failed" or "Terminated").ToArray();
        var unfinished = rows.Except(ended).ToArray();
        Console.WriteLine($"| ended, by outcome | {Counts(ended.Select(r => r.Outcome ?? r.RuntimeStatus))} |");
        Console.WriteLine($"| not ended, by stage | {(unfinished.Length == 0 ? "none" : Counts(unfinished.Select(r => r.Stage ?? "(no stage yet)")))} |");
    }

    /// <summary>
    /// Requests by kind, most frequent first, with a per-unit column (e.g. per remediation or per second) and the mean
    /// time from forwarding to the answer's last byte, which includes waiting behind other requests in the service.
    /// </summary>
    public static void Kinds(IReadOnlyDictionary<string, KindCount> counts, double divisor, string unit, int top = 40)
    {
        var total = counts.Values.Sum(c => c.Count);
        Console.WriteLine($"| kind | requests | {unit} | share | mean ms |");
        Console.WriteLine("|---|---|---|---|---|");
        var ordered = counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
        foreach (var (kind, count) in ordered.Take(top))
        {
            Console.WriteLine($"| {kind} | {count.Count} | {count.Count / divisor:0.00} | {100.0 * count.Count / Math.Max(1, total):0.0} % | {count.Milliseconds / count.Count:0.0} |");
        }

        if (ordered.Length > top)
        {
            var rest = ordered.Skip(top).Sum(p => p.Value.Count);
            Console.WriteLine($"| ({ordered.Length - top} other kinds) | {rest} | {rest / divisor:0.00} | {100.0 * rest / Math.Max(1, total):0.0} % | |");
        }

        Console.WriteLine($"| **total** | {total} | {total / divisor:0.00} | 100 % | {counts.Values.Sum(c => c.Milliseconds) / Math.Max(1, total):0.0} |");
    }

    /// <summary>The benchmark's own operator-API scans: instance scans whose filter names a creation time.</summary>
    public static bool IsBenchmarkPoll(string kind) => kind.Contains("scan(", StringComparison.Ordinal) && kind.Contains("Created", StringComparison.Ordinal);

    private static string Counts(IEnumerable<string> names) =>
        string.Join(", ", names.GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
}
