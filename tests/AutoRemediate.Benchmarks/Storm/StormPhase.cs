using System.Diagnostics;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// Phase 1: the app's idle storage request rate, then a storm of distinct alerts posted as fast as a bounded number
/// of calls allows, followed until every remediation has ended (or the time limit).
/// </summary>
internal sealed class StormPhase(StormEnvironment environment, StormSettings settings)
{
    public async Task<bool> RunAsync()
    {
        var counts = environment.Proxy.Counts;
        Console.WriteLine();
        Console.WriteLine($"## storm: {settings.Alerts} distinct alerts, {settings.BurstInFlight} calls in flight");

        // Idle: the app up, the task hub created, nothing to do.
        await Task.Delay(settings.Settle);
        var idleBefore = counts.Snapshot();
        var idleCpu = environment.App.CpuSeconds();
        await Task.Delay(settings.IdleWindow);
        var idle = RequestCounts.Between(idleBefore, counts.Snapshot());
        var idleCpuShare = (environment.App.CpuSeconds() - idleCpu) / settings.IdleWindow.TotalSeconds;

        var clock = Stopwatch.StartNew();
        var firstPost = DateTimeOffset.UtcNow;
        var poller = new RemediationPoller(environment.Client, environment.App.WebhookKey, firstPost.AddMinutes(-1));
        var before = counts.Snapshot();
        var cpuBefore = environment.App.CpuSeconds();
        var poster = new AlertPoster(environment.Client, environment.App.WebhookKey, new StormAlerts(), clock);
        var intake = await poster.BurstAsync(settings.Alerts, settings.BurstInFlight);
        var accepted = intake.Count(r => r.Accepted);

        var ended = 0;
        while (ended < accepted && clock.Elapsed < settings.StormLimit)
        {
            await Task.Delay(settings.PollInterval);
            ended = await poller.CountEndedAsync(accepted, ended);
        }

        var during = RequestCounts.Between(before, counts.Snapshot());
        var elapsed = clock.Elapsed;
        var cpu = environment.App.CpuSeconds() - cpuBefore;
        var pollPages = poller.Pages;
        var rows = await poller.ListAsync(RemediationPoller.Ended + "," + RemediationPoller.Unfinished);
        var lastEnd = rows.Where(r => r.CompletedAt is not null).Select(r => r.CompletedAt!.Value).DefaultIfEmpty(firstPost).Max();
        var drained = ended >= accepted;
        var span = drained ? (lastEnd - firstPost).TotalSeconds : elapsed.TotalSeconds;

        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| idle: storage requests per second ({settings.IdleWindow.TotalSeconds:0} s, nothing to do) | {idle.Values.Sum(c => c.Count) / settings.IdleWindow.TotalSeconds:0.0} /s |");
        Console.WriteLine($"| idle: app CPU | {100 * idleCpuShare:0} % of one core |");
        StormPrinter.Intake("storm intake", intake);
        Console.WriteLine(drained
            ? $"| first post to last remediation ended | {span:0.0} s |"
            : $"| NOT DRAINED: ended after {elapsed.TotalSeconds:0} s (limit) | {ended} of {accepted} |");
        Console.WriteLine($"| remediations ended per second | {ended / span:0.00} /s |");
        StormPrinter.Outcomes(rows);
        Console.WriteLine($"| app CPU from first post to {(drained ? "last end" : "the limit")} | {cpu:0.0} s ({100 * cpu / elapsed.TotalSeconds:0} % of one core) |");
        var total = during.Values.Sum(c => c.Count);
        var polls = during.Where(p => StormPrinter.IsBenchmarkPoll(p.Key)).Sum(p => p.Value.Count);
        // Not drained: the requests were spent on every started remediation, so they are shared among all of them.
        var perRemediation = Math.Max(1, accepted);
        var per = drained ? "remediation" : "started remediation (not all ended)";
        Console.WriteLine($"| storage requests from first post to {(drained ? "last end" : "the limit")} | {total} ({total / elapsed.TotalSeconds:0} /s) |");
        Console.WriteLine($"| storage requests per {per} | {total / (double)perRemediation:0.0} ({(total - polls) / (double)perRemediation:0.0} without the benchmark's own {pollPages} list calls: {polls} requests) |");
        Console.WriteLine($"| proxy forward failures | {environment.Proxy.ForwardFailures} |");

        Console.WriteLine();
        Console.WriteLine($"storage requests by kind, first post to {(drained ? "last end" : "the limit")}, per {per}:");
        StormPrinter.Kinds(during, perRemediation, "per remediation");
        Console.WriteLine();
        Console.WriteLine($"idle storage requests by kind ({settings.IdleWindow.TotalSeconds:0} s):");
        StormPrinter.Kinds(idle, settings.IdleWindow.TotalSeconds, "per second");
        return drained && accepted == settings.Alerts;
    }
}
