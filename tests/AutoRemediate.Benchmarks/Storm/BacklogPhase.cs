using System.Diagnostics;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// Phase 2: a burst of alerts makes a backlog; while it drains, new distinct alerts arrive at a steady rate for a
/// bounded time. Every bucket records remediations ended and storage requests by kind, until all have ended or the
/// phase's time limit.
/// </summary>
internal sealed class BacklogPhase(StormEnvironment environment, StormSettings settings)
{
    private const int KindColumns = 8;

    public async Task<bool> RunAsync()
    {
        var counts = environment.Proxy.Counts;
        Console.WriteLine();
        Console.WriteLine($"## backlog: {settings.Backlog} alerts in a burst, then {settings.ProbePerSecond}/s new alerts for {settings.ProbeDuration.TotalSeconds:0} s while it drains");
        await Task.Delay(settings.Settle);

        var clock = Stopwatch.StartNew();
        var firstPost = DateTimeOffset.UtcNow;
        var poller = new RemediationPoller(environment.Client, environment.App.WebhookKey, firstPost.AddMinutes(-1));
        var poster = new AlertPoster(environment.Client, environment.App.WebhookKey, new StormAlerts(), clock);
        var start = counts.Snapshot();
        var cpuStart = environment.App.CpuSeconds();
        var burst = await poster.BurstAsync(settings.Backlog, settings.BurstInFlight);
        var burstEnd = clock.Elapsed;
        var probe = poster.SteadyAsync(settings.ProbePerSecond, settings.ProbeDuration, settings.ProbeMaxInFlight);

        // Buckets are cut on time by one loop; the operator API is polled by another, since under backlog a list
        // call can take longer than a bucket. Each bucket shows the last ended count known when it closed.
        var buckets = new List<(TimeSpan At, int Ended, IReadOnlyDictionary<string, KindCount> Requests)>();
        var burstAccepted = burst.Count(r => r.Accepted);
        var ended = 0;
        var accepted = int.MaxValue;
        bool Finished() => clock.Elapsed >= settings.BacklogLimit || Volatile.Read(ref ended) >= Volatile.Read(ref accepted);
        var polling = Task.Run(async () =>
        {
            while (!Finished())
            {
                // While the probe still posts, count the ended side only: the number started is still moving.
                var probeDone = probe.IsCompletedSuccessfully;
                var started = probeDone ? burstAccepted + probe.Result.Count(r => r.Accepted) : int.MaxValue;
                Volatile.Write(ref ended, await poller.CountEndedAsync(started, probeDone ? Volatile.Read(ref ended) : 0));
                Volatile.Write(ref accepted, started);
                await Task.Delay(settings.PollInterval);
            }
        });
        var previous = counts.Snapshot();
        var next = burstEnd + settings.Bucket;
        while (!Finished())
        {
            var wait = next - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            next += settings.Bucket;
            var now = counts.Snapshot();
            buckets.Add((clock.Elapsed, Volatile.Read(ref ended), RequestCounts.Between(previous, now)));
            previous = now;
        }

        await polling;
        var probeResults = await probe;
        accepted = burstAccepted + probeResults.Count(r => r.Accepted);
        var elapsed = clock.Elapsed;
        var cpu = environment.App.CpuSeconds() - cpuStart;
        var during = RequestCounts.Between(start, counts.Snapshot());
        var rows = await poller.ListAsync(RemediationPoller.Ended + "," + RemediationPoller.Unfinished);
        var endedNow = rows.Count(r => r.RuntimeStatus is "Completed" or "Failed" or "Terminated");

        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---|");
        StormPrinter.Intake("backlog burst", burst);
        StormPrinter.Intake($"probe during the drain ({settings.ProbePerSecond}/s asked)", probeResults);
        Console.WriteLine(endedNow >= accepted
            ? $"| all {accepted} ended within | {elapsed.TotalSeconds:0} s |"
            : $"| NOT DRAINED at the {settings.BacklogLimit.TotalSeconds:0} s limit: ended | {endedNow} of {accepted} ({100.0 * endedNow / Math.Max(1, accepted):0.0} %) |");
        Console.WriteLine($"| remediations ended per second, whole phase | {endedNow / elapsed.TotalSeconds:0.00} /s |");
        StormPrinter.Outcomes(rows);
        Console.WriteLine($"| app CPU over the phase | {cpu:0.0} s ({100 * cpu / elapsed.TotalSeconds:0} % of one core) |");
        Console.WriteLine($"| storage requests over the phase | {during.Values.Sum(c => c.Count)} ({during.Values.Sum(c => c.Count) / elapsed.TotalSeconds:0} /s); per ended remediation {(endedNow == 0 ? "n/a" : $"{during.Values.Sum(c => c.Count) / (double)endedNow:0.0}")} |");
        Console.WriteLine($"| proxy forward failures | {environment.Proxy.ForwardFailures} |");

        PrintBuckets(buckets, during);
        Console.WriteLine();
        Console.WriteLine("storage requests by kind over the phase, per second:");
        StormPrinter.Kinds(during, elapsed.TotalSeconds, "per second");
        return endedNow >= accepted;
    }

    private void PrintBuckets(List<(TimeSpan At, int Ended, IReadOnlyDictionary<string, KindCount> Requests)> buckets, IReadOnlyDictionary<string, KindCount> during)
    {
        var kinds = during.OrderByDescending(p => p.Value.Count).Take(KindColumns).Select(p => p.Key).ToArray();
        Console.WriteLine();
        Console.WriteLine($"drain and storage requests per {settings.Bucket.TotalSeconds:0} s bucket (t from the first post; requests per second of the bucket, their mean time in ms, and the instance scans in it):");
        for (var i = 0; i < kinds.Length; i++)
        {
            Console.WriteLine($"  k{i + 1} = {kinds[i]}");
        }

        Console.WriteLine($"| t (s) | ended | ended/s | requests/s | mean ms | scans | {string.Join(" | ", kinds.Select((_, i) => $"k{i + 1}"))} | other |");
        Console.WriteLine($"|---|---|---|---|---|---|{string.Concat(Enumerable.Repeat("---|", kinds.Length))}---|");
        var lastEnded = 0;
        var lastAt = buckets.Count == 0 ? TimeSpan.Zero : buckets[0].At - settings.Bucket;
        foreach (var (at, ended, requests) in buckets)
        {
            var seconds = (at - lastAt).TotalSeconds;
            var total = requests.Values.Sum(c => c.Count);
            var columns = kinds.Select(k => $"{requests.GetValueOrDefault(k).Count / seconds:0}");
            var other = (total - kinds.Sum(k => requests.GetValueOrDefault(k).Count)) / seconds;
            var mean = requests.Values.Sum(c => c.Milliseconds) / Math.Max(1, total);
            var scans = requests.Where(p => p.Key.Contains("scan(", StringComparison.Ordinal)).Sum(p => p.Value.Count);
            Console.WriteLine($"| {at.TotalSeconds:0} | {ended} | {(ended - lastEnded) / seconds:0.0} | {total / seconds:0} | {mean:0} | {scans} | {string.Join(" | ", columns)} | {other:0} |");
            (lastEnded, lastAt) = (ended, at);
        }
    }
}
