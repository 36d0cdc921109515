using System.Globalization;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// The <c>storm</c> scenario: the built app in its own process against a private Azurite behind a counting proxy,
/// driven only over HTTP. Phase 1 posts a storm of distinct alerts and follows it to the end; phase 2 posts a
/// backlog and probes the webhook at a steady rate while it drains.
/// </summary>
internal static class StormBenchProgram
{
    public static async Task<int> RunAsync(string[] args, bool quick)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var settings = quick ? StormSettings.Quick : StormSettings.Full;
        if (!TryOption(args, "--alerts", settings.Alerts, out var alerts) || !TryOption(args, "--backlog", settings.Backlog, out var backlog))
        {
            Console.Error.WriteLine("storm: --alerts and --backlog need a whole number (--backlog 0 skips phase 2; --alerts 0 skips phase 1)");
            return 2;
        }

        settings = settings with { Alerts = alerts, Backlog = backlog };
        Console.WriteLine($"storm: {Environment.ProcessorCount} cores (shared: figures are noisy), app {Path.GetFileName(AppProcess.AppDll())} in self-hosted mode, " +
            $"storage through a counting proxy on loopback; {settings.Alerts} storm alerts, {settings.Backlog} backlog alerts + {settings.ProbePerSecond}/s for {settings.ProbeDuration.TotalSeconds:0} s");
        var complete = true;
        if (settings.Alerts > 0)
        {
            await using var environment = await StormEnvironment.StartAsync();
            environment.Succeeded = await new StormPhase(environment, settings).RunAsync();
            complete &= environment.Succeeded;
        }

        if (settings.Backlog > 0)
        {
            await using var environment = await StormEnvironment.StartAsync();
            environment.Succeeded = await new BacklogPhase(environment, settings).RunAsync();
            complete &= environment.Succeeded;
        }

        return complete ? 0 : 1;
    }

    private static bool TryOption(string[] args, string name, int fallback, out int value)
    {
        value = fallback;
        var at = Array.IndexOf(args, name);
        return at < 0
            || (at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out value));
    }
}
