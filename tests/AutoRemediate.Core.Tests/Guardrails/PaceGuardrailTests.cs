using AutoRemediate.Core.Guardrails;
using static AutoRemediate.Core.Tests.Support.TestGuardrails;

namespace AutoRemediate.Core.Tests.Guardrails;

public sealed class PaceGuardrailTests
{
    private static GuardrailContext LastRestart(TimeSpan ago, string runbook = "restart") =>
        Context() with { LastRuns = [new LastRun(runbook, Site.ToLowerInvariant(), Now - ago)] };

    [Fact]
    public void Cooldown_passes_when_the_last_run_is_older_than_the_cooldown()
    {
        Assert.Equal(
            new GuardrailVerdict("cooldown", GuardrailOutcome.Pass, $"last restart of {Site} was 3 h ago, cooldown 30 min"),
            Verdict("cooldown", Request(LastRestart(TimeSpan.FromHours(3)))));
    }

    [Fact]
    public void Cooldown_blocks_second_restart_within_window()
    {
        Assert.Equal(
            new GuardrailVerdict("cooldown", GuardrailOutcome.Block, $"blocked restart of {Site}: last run 12 min ago, cooldown 30 min"),
            Verdict("cooldown", Request(LastRestart(TimeSpan.FromMinutes(12)))));
    }

    [Fact]
    public void Cooldown_passes_on_a_first_run()
    {
        Assert.Equal($"restart has not run on {Site} before, cooldown 30 min", Verdict("cooldown", Request()).Reason);
    }

    [Fact]
    public void Cooldown_is_per_runbook()
    {
        Assert.Equal(GuardrailOutcome.Pass, Verdict("cooldown", Request(LastRestart(TimeSpan.FromMinutes(1), "scale-out"))).Outcome);
    }

    [Fact]
    public void Rate_limit_passes_below_the_hourly_maximum()
    {
        var context = Context() with { RunsInLastHour = new Dictionary<string, int> { ["restart"] = 5 } };

        Assert.Equal(
            new GuardrailVerdict("rate-limit", GuardrailOutcome.Pass, "runbook 'restart' ran 5 time(s) in the last hour; the limit is 6"),
            Verdict("rate-limit", Request(context)));
    }

    [Fact]
    public void Rate_limit_blocks_at_the_hourly_maximum()
    {
        var context = Context() with { RunsInLastHour = new Dictionary<string, int> { ["restart"] = 6 } };

        Assert.Equal(
            new GuardrailVerdict("rate-limit", GuardrailOutcome.Block, "runbook 'restart' ran 6 time(s) in the last hour; the limit is 6"),
            Verdict("rate-limit", Request(context)));
    }

    [Fact]
    public void Concurrency_passes_below_the_global_limit()
    {
        Assert.Equal(
            new GuardrailVerdict("concurrency", GuardrailOutcome.Pass, "4 remediation(s) are running; the global limit is 5"),
            Verdict("concurrency", Request(Context() with { RunningRemediations = 4 })));
    }

    [Fact]
    public void Concurrency_blocks_at_the_global_limit()
    {
        Assert.Equal(
            new GuardrailVerdict("concurrency", GuardrailOutcome.Block, "2 remediation(s) are running; the global limit is 2"),
            Verdict("concurrency", Request(Context() with { RunningRemediations = 2, MaxConcurrentRemediations = 2 })));
    }
}
