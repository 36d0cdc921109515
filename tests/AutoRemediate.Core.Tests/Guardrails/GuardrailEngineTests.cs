using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Tests.Support;
using static AutoRemediate.Core.Tests.Support.TestGuardrails;

namespace AutoRemediate.Core.Tests.Guardrails;

public sealed class GuardrailEngineTests
{
    private static GuardrailContext Blocking => Context() with { KillSwitch = new KillSwitchState(true) };

    private static GuardrailContext Flapping => Context() with { RefiringsAfterRemediation = [Now.AddMinutes(-1), Now.AddMinutes(-2), Now.AddMinutes(-3)] };

    private static RunbookBinding AskingForApproval => With(ApprovalPolicy.Defaults with { Required = ApprovalRequirement.Always });

    [Fact]
    public void Every_guardrail_records_a_verdict_in_the_documented_order()
    {
        var decision = Decide(Request());

        Assert.Equal(
            ["kill-switch", "scope", "change-windows", "circuit-breaker", "flap-detection", "blast-radius", "cooldown", "rate-limit", "concurrency", "error-budget", "approval-policy", "dry-run"],
            decision.Verdicts.Select(v => v.Name));
        Assert.Equal(new GuardrailEngine().EvaluationOrder, decision.Verdicts.Select(v => v.Name));
        Assert.All(decision.Verdicts, v => Assert.False(string.IsNullOrWhiteSpace(v.Reason)));
    }

    [Fact]
    public void All_passing_proceeds_with_one_batch()
    {
        var decision = Decide(Request());

        Assert.Equal(DecisionOutcome.Proceed, decision.Outcome);
        Assert.Equal("Proceed: restart of checkout-api-prod; all 12 guardrails passed", decision.Summary);
        Assert.Null(decision.Approval);
        Assert.Equal("checkout-api-prod", Assert.Single(Assert.Single(decision.Batches)).Name);
        Assert.Equal("checkout-5xx-restart v1 sha256:aaaaaaaaaaaa", decision.BindingVersion);
        Assert.Equal(Now, decision.EvaluatedAt);
    }

    [Fact]
    public void Approval_request_alone_proceeds_after_approval_with_the_policy()
    {
        var decision = Decide(Request(binding: AskingForApproval));

        Assert.Equal(DecisionOutcome.ProceedAfterApproval, decision.Outcome);
        Assert.Equal(AskingForApproval.Approval, decision.Approval);
        Assert.StartsWith("Approval needed for restart of checkout-api-prod. Guardrail 'approval-policy': binding 'checkout-5xx-restart' always requires approval", decision.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_wins_over_approval()
    {
        Assert.Equal(DecisionOutcome.Blocked, Decide(Request(Blocking, AskingForApproval)).Outcome);
    }

    [Fact]
    public void Escalate_wins_over_block_and_approval()
    {
        var context = Flapping with { KillSwitch = new KillSwitchState(true) };

        Assert.Equal(DecisionOutcome.Escalate, Decide(Request(context, AskingForApproval)).Outcome);
    }

    [Fact]
    public void Blocked_summary_names_every_guardrail_that_did_not_pass()
    {
        var context = Context() with
        {
            LastRuns = [new LastRun("restart", Site, Now.AddMinutes(-12))],
            RunsInLastHour = new Dictionary<string, int> { ["restart"] = 6 },
        };

        var decision = Decide(Request(context));

        Assert.Equal(DecisionOutcome.Blocked, decision.Outcome);
        Assert.Equal(
            $"Blocked: restart of checkout-api-prod. Guardrail 'cooldown': blocked restart of {Site}: last run 12 min ago, cooldown 30 min. Guardrail 'rate-limit': runbook 'restart' ran 6 time(s) in the last hour; the limit is 6.",
            decision.Summary);
    }

    [Fact]
    public void Dry_run_is_carried_through_a_block()
    {
        var decision = Decide(Request(Blocking, TestBindings.Binding("checkout-5xx-restart", dryRun: true)));

        Assert.Equal(DecisionOutcome.Blocked, decision.Outcome);
        Assert.True(decision.DryRun);
        Assert.StartsWith("Blocked (dry run): ", decision.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_request_gives_the_same_decision()
    {
        var request = Request(Flapping);

        Assert.Equal(Decide(request).Verdicts, Decide(request).Verdicts);
        Assert.Equal(Decide(request).Summary, Decide(request).Summary);
    }

    [Fact]
    public void Run_started_update_carries_the_snapshot_etag_and_what_to_record()
    {
        var request = Request();

        var update = GuardrailStateUpdate.RunStarted(request.Context, request.Alert, request.Plan, dryRun: false);

        Assert.Equal("\"etag-1\"", update.IfMatch);
        var change = Assert.IsType<RunStartedChange>(Assert.Single(update.Changes));
        Assert.Equal("restart", change.Runbook);
        Assert.Equal([Site.ToLowerInvariant()], change.ResourceIds);
        Assert.Equal(FlapKey.From(request.Alert).Value, change.FlapKey);
        Assert.Equal(Now, change.At);
    }

    [Fact]
    public void Flap_key_ignores_the_per_firing_identity_but_not_the_target()
    {
        var first = TestAlerts.Alert(identity: "firing-1");
        var second = TestAlerts.Alert(identity: "firing-2");
        var elsewhere = TestAlerts.Alert(targets: [Vm(1)]);

        Assert.Equal(FlapKey.From(first), FlapKey.From(second));
        Assert.NotEqual(FlapKey.From(first), FlapKey.From(elsewhere));
        Assert.Matches("^flap-[0-9a-f]{32}$", FlapKey.From(first).Value);
    }

    [Fact]
    public void Run_finished_and_refired_updates_name_what_changed()
    {
        var context = Context();

        var finished = Assert.IsType<RunFinishedChange>(Assert.Single(GuardrailStateUpdate.RunFinished(context, "restart", succeeded: false, circuitBreakerThreshold: 3).Changes));
        var refired = Assert.IsType<AlertRefiredChange>(Assert.Single(GuardrailStateUpdate.AlertRefired(context, TestAlerts.Alert()).Changes));

        Assert.Equal(new RunFinishedChange("restart", false, 3, Now), finished);
        Assert.Equal(FlapKey.From(TestAlerts.Alert()).Value, refired.FlapKey);
    }
}
