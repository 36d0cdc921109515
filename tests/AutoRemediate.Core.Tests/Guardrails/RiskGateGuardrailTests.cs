using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Tests.Support;
using static AutoRemediate.Core.Tests.Support.TestGuardrails;

namespace AutoRemediate.Core.Tests.Guardrails;

public sealed class RiskGateGuardrailTests
{
    private static RunbookBinding Gate(ErrorBudgetAction action) =>
        With(GuardrailSettings.Defaults with { ErrorBudget = new ErrorBudgetGate("checkout-availability", 0.2, action) });

    private static GuardrailContext Budget(double remaining) =>
        Context() with { ErrorBudgetRemaining = new Dictionary<string, double> { ["checkout-availability"] = remaining } };

    private static ApprovalPolicy Policy(ApprovalRequirement required, ApprovalConditions? conditions = null) =>
        ApprovalPolicy.Defaults with { Required = required, Conditions = conditions ?? ApprovalConditions.None };

    [Fact]
    public void No_error_budget_gate_passes()
    {
        Assert.Equal("no error-budget gate configured for this binding", Verdict("error-budget", Request()).Reason);
    }

    [Fact]
    public void Healthy_error_budget_passes_with_the_numbers()
    {
        Assert.Equal(
            new GuardrailVerdict("error-budget", GuardrailOutcome.Pass, "SLO 'checkout-availability' has 64% of its error budget left (threshold 20%)"),
            Verdict("error-budget", Request(Budget(0.64), Gate(ErrorBudgetAction.RequireApproval))));
    }

    [Fact]
    public void Low_error_budget_requires_approval_when_the_binding_says_so()
    {
        Assert.Equal(
            new GuardrailVerdict("error-budget", GuardrailOutcome.RequireApproval, "SLO 'checkout-availability' has 12.5% of its error budget left, below the 20% threshold (approval required)"),
            Verdict("error-budget", Request(Budget(0.125), Gate(ErrorBudgetAction.RequireApproval))));
    }

    [Fact]
    public void Low_error_budget_blocks_when_the_binding_says_block()
    {
        Assert.Equal(GuardrailOutcome.Block, Verdict("error-budget", Request(Budget(0.1), Gate(ErrorBudgetAction.Block))).Outcome);
    }

    [Fact]
    public void Unknown_error_budget_is_treated_as_exhausted()
    {
        Assert.Equal(
            "error budget of SLO 'checkout-availability' is unknown; treated as below the 20% threshold (blocked)",
            Verdict("error-budget", Request(binding: Gate(ErrorBudgetAction.Block))).Reason);
    }

    [Fact]
    public void Approval_policy_passes_when_nobody_asks()
    {
        Assert.Equal(
            new GuardrailVerdict("approval-policy", GuardrailOutcome.Pass, "no approval needed: no guardrail asked and no approval condition holds"),
            Verdict("approval-policy", Request()));
    }

    [Fact]
    public void Approval_policy_always_requires_approval_and_states_the_terms()
    {
        Assert.Equal(
            "binding 'checkout-5xx-restart' always requires approval (quorum 1, timeout 30 min, self-approval not allowed)",
            Verdict("approval-policy", Request(binding: With(Policy(ApprovalRequirement.Always)))).Reason);
    }

    [Fact]
    public void Approval_policy_relays_a_guardrail_asking_for_approval()
    {
        var verdict = Verdict("approval-policy", Request(Budget(0.1), Gate(ErrorBudgetAction.RequireApproval)));

        Assert.Equal(GuardrailOutcome.RequireApproval, verdict.Outcome);
        Assert.Equal("approval required: requested by 'error-budget' (quorum 1, timeout 30 min, self-approval not allowed)", verdict.Reason);
    }

    [Fact]
    public void Approval_conditions_on_environment_severity_and_risk_each_require_approval()
    {
        var conditions = new ApprovalConditions(["prod"], 1, [RunbookRisk.High]);
        var alert = TestAlerts.Alert(severity: 0, custom: TestAlerts.Map(("environment", "PROD")));

        var verdict = Verdict("approval-policy", Request(binding: With(Policy(ApprovalRequirement.WhenGuardrailsAsk, conditions)), risk: RunbookRisk.High, alert: alert));

        Assert.Equal(
            "approval required: environment 'PROD' requires approval; severity Sev0 is at or above Sev1; runbook 'restart' is high risk (quorum 1, timeout 30 min, self-approval not allowed)",
            verdict.Reason);
    }

    [Fact]
    public void Environment_condition_falls_back_to_the_target_tag()
    {
        var conditions = new ApprovalConditions(["prod"], null, []);
        var context = Context() with { TargetTags = Tags(Site, "Environment", "prod") };

        Assert.Equal(GuardrailOutcome.RequireApproval, Verdict("approval-policy", Request(context, With(Policy(ApprovalRequirement.WhenGuardrailsAsk, conditions)))).Outcome);
    }

    [Fact]
    public void Approval_never_turns_a_request_for_approval_into_a_block()
    {
        var binding = Gate(ErrorBudgetAction.RequireApproval) with { Approval = Policy(ApprovalRequirement.Never) };

        var verdict = Verdict("approval-policy", Request(Budget(0.1), binding));

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.Equal("'error-budget' asked for approval, but binding 'checkout-5xx-restart' never waits for approval; blocked instead of running unapproved", verdict.Reason);
    }

    [Fact]
    public void Approval_never_passes_when_nobody_asks()
    {
        Assert.Equal("binding 'checkout-5xx-restart' never requires approval", Verdict("approval-policy", Request(binding: With(Policy(ApprovalRequirement.Never)))).Reason);
    }

    [Fact]
    public void Dry_run_binding_records_instead_of_executing()
    {
        var decision = Decide(Request(binding: TestBindings.Binding("checkout-5xx-restart", dryRun: true)));

        Assert.Equal(new GuardrailVerdict("dry-run", GuardrailOutcome.Pass, "dry run: actions will be recorded, not executed"), decision.Verdicts[^1]);
        Assert.True(decision.DryRun);
        Assert.Equal(DecisionOutcome.Proceed, decision.Outcome);
    }

    [Fact]
    public void Live_binding_says_actions_will_be_executed()
    {
        var decision = Decide(Request());

        Assert.Equal("live run: binding 'checkout-5xx-restart' opted out of dry run; actions will be executed", decision.Verdicts[^1].Reason);
        Assert.False(decision.DryRun);
    }

    [Fact]
    public void Global_dry_run_mode_overrides_a_live_binding()
    {
        var decision = Decide(Request(Context() with { DryRun = true }));

        Assert.True(decision.DryRun);
        Assert.Equal("dry run: actions will be recorded, not executed (global dry-run mode is on)", decision.Verdicts[^1].Reason);
    }
}
