using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using static AutoRemediate.Core.Tests.Support.TestGuardrails;

namespace AutoRemediate.Core.Tests.Guardrails;

public sealed class BlastRadiusGuardrailTests
{
    private static readonly string[] SixVms = Enumerable.Range(1, 6).Select(Vm).ToArray();

    private static RunbookBinding Limits(int perRun, int? sharePercent, BlastRadiusAction onExceed = BlastRadiusAction.Block) =>
        With(GuardrailSettings.Defaults with { BlastRadius = new BlastRadiusSettings(perRun, sharePercent, onExceed) });

    [Fact]
    public void Single_target_passes_the_default_limit()
    {
        Assert.Equal(
            new GuardrailVerdict("blast-radius", GuardrailOutcome.Pass, "the plan touches 1 of at most 1 target(s) per run; no fleet-share limit configured"),
            Verdict("blast-radius", Request()));
    }

    [Fact]
    public void More_targets_than_allowed_per_run_block()
    {
        Assert.Equal(
            new GuardrailVerdict("blast-radius", GuardrailOutcome.Block, "the plan touches 6 targets; the binding allows at most 1 per run"),
            Verdict("blast-radius", Request(targets: SixVms)));
    }

    [Fact]
    public void Fleet_share_within_limit_passes()
    {
        var verdict = Verdict("blast-radius", Request(Context() with { FleetSize = 40 }, Limits(10, 25), SixVms));

        Assert.Equal("the plan touches 6 of 40 resources (15%); within 25% of the fleet (10 per batch) and 10 per run", verdict.Reason);
    }

    [Fact]
    public void Fleet_share_exceeded_blocks_when_the_binding_says_block()
    {
        var verdict = Verdict("blast-radius", Request(Context() with { FleetSize = 20 }, Limits(10, 20), SixVms));

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.Equal("the plan touches 6 of 20 resources (30%); the binding allows 20% of the fleet (4) per batch", verdict.Reason);
    }

    [Fact]
    public void Fleet_share_exceeded_splits_into_deterministic_batches_when_the_binding_says_split()
    {
        var request = Request(Context() with { FleetSize = 20 }, Limits(10, 20, BlastRadiusAction.Split), SixVms.Reverse());

        var decision = Decide(request);

        Assert.Equal("the plan touches 6 of 20 resources (30%), more than 20% (4); split into 2 sequential batches of at most 4", decision.Verdicts.Single(v => v.Name == "blast-radius").Reason);
        Assert.Equal([["vm-01", "vm-02", "vm-03", "vm-04"], ["vm-05", "vm-06"]], decision.Batches.Select(b => b.Select(t => t.Name).ToArray()).ToArray());
    }

    [Fact]
    public void Unknown_fleet_size_with_a_share_limit_asks_a_human()
    {
        var verdict = Verdict("blast-radius", Request(binding: Limits(10, 20), targets: SixVms));

        Assert.Equal(GuardrailOutcome.RequireApproval, verdict.Outcome);
        Assert.Equal("the fleet size is unknown, so the 20% fleet-share limit cannot be checked; a human must confirm the blast radius of 6 target(s)", verdict.Reason);
    }
}
