using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using static AutoRemediate.Core.Tests.Support.TestGuardrails;

namespace AutoRemediate.Core.Tests.Guardrails;

public sealed class OperatorIntentGuardrailTests
{
    private const string Sub = "/subscriptions/11111111-2222-3333-4444-555555555555";

    [Fact]
    public void Kill_switch_off_passes()
    {
        Assert.Equal(new GuardrailVerdict("kill-switch", GuardrailOutcome.Pass, "kill switch is off"), Verdict("kill-switch", Request()));
    }

    [Fact]
    public void Kill_switch_engaged_blocks_with_who_when_and_why()
    {
        var context = Context() with { KillSwitch = new KillSwitchState(true, "alice@contoso.com", Now.AddMinutes(-5), "bad deploy of the restart runbook") };

        var verdict = Verdict("kill-switch", Request(context));

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.Equal("kill switch is engaged by alice@contoso.com since 2026-11-20 03:07 UTC (bad deploy of the restart runbook); all automated remediation is stopped", verdict.Reason);
    }

    [Fact]
    public void Scope_passes_when_unrestricted_and_untagged()
    {
        var verdict = Verdict("scope", Request());

        Assert.Equal(GuardrailOutcome.Pass, verdict.Outcome);
        Assert.Equal("the target is in scope (global unrestricted; binding unrestricted) and none tagged autoremediate=off", verdict.Reason);
    }

    [Fact]
    public void Scope_passes_when_inside_the_binding_allow_list()
    {
        var binding = With(GuardrailSettings.Defaults with { Scope = new ScopeRules([$"{Sub}/resourcegroups/rg-checkout-prod"], []) });

        Assert.Equal(GuardrailOutcome.Pass, Verdict("scope", Request(binding: binding)).Outcome);
    }

    [Fact]
    public void Scope_blocks_a_target_under_the_global_deny_list()
    {
        var context = Context() with { GlobalScope = new ScopeRules([], [$"{Sub}/resourcegroups/rg-checkout-prod"]) };

        var verdict = Verdict("scope", Request(context));

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.Equal($"{Site} is under {Sub}/resourcegroups/rg-checkout-prod, which is on the global deny list", verdict.Reason);
    }

    [Fact]
    public void Scope_blocks_a_target_outside_the_binding_allow_list()
    {
        var binding = With(GuardrailSettings.Defaults with { Scope = new ScopeRules([$"{Sub}/resourcegroups/rg-checkout-staging"], []) });

        Assert.Equal(
            $"{Site} is outside the binding allow list ({Sub}/resourcegroups/rg-checkout-staging)",
            Verdict("scope", Request(binding: binding)).Reason);
    }

    [Fact]
    public void Deny_wins_over_allow()
    {
        var rules = new ScopeRules([Sub], [Site.ToLowerInvariant()]);

        Assert.Equal(GuardrailOutcome.Block, Verdict("scope", Request(binding: With(GuardrailSettings.Defaults with { Scope = rules }))).Outcome);
    }

    [Fact]
    public void Scope_blocks_a_target_tagged_autoremediate_off()
    {
        var context = Context() with { TargetTags = Tags(Site, "AutoRemediate", "Off") };

        Assert.Equal(
            $"{Site} is tagged AutoRemediate=Off; its owners opted out of automated remediation",
            Verdict("scope", Request(context)).Reason);
    }

    [Fact]
    public void Scope_blocks_a_plan_without_targets()
    {
        Assert.Equal("the plan has no target resources, so its scope cannot be checked", Verdict("scope", Request(targets: [])).Reason);
    }
}
