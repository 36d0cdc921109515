using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using static AutoRemediate.Core.Tests.Support.TestGuardrails;

namespace AutoRemediate.Core.Tests.Guardrails;

public sealed class AutomationHealthGuardrailTests
{
    private static GuardrailContext Breaker(CircuitBreakerState state) =>
        Context() with { CircuitBreakers = new Dictionary<string, CircuitBreakerState> { ["restart"] = state } };

    private static GuardrailContext Refired(params int[] minutesAgo) =>
        Context() with { RefiringsAfterRemediation = minutesAgo.Select(m => Now.AddMinutes(-m)).ToArray() };

    [Fact]
    public void Closed_circuit_breaker_passes_with_the_failure_count()
    {
        Assert.Equal(
            new GuardrailVerdict("circuit-breaker", GuardrailOutcome.Pass, "circuit breaker for runbook 'restart' is closed: 1 consecutive failure(s), opens at 3"),
            Verdict("circuit-breaker", Request(Breaker(new CircuitBreakerState(1, false, null)))));
    }

    [Fact]
    public void Open_circuit_breaker_blocks_and_says_how_to_re_enable()
    {
        var verdict = Verdict("circuit-breaker", Request(Breaker(new CircuitBreakerState(3, true, Now.AddHours(-2)))));

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.Equal("circuit breaker for runbook 'restart' is open since 2026-11-20 01:12 UTC after 3 consecutive failure(s); re-enable through the API once the cause is fixed", verdict.Reason);
    }

    [Fact]
    public void Failures_at_the_binding_threshold_block_even_before_the_store_opened_the_breaker()
    {
        var binding = With(GuardrailSettings.Defaults with { CircuitBreakerThreshold = 2 });

        Assert.Equal(GuardrailOutcome.Block, Verdict("circuit-breaker", Request(Breaker(new CircuitBreakerState(2, false, null)), binding)).Outcome);
    }

    [Fact]
    public void Circuit_breaker_opens_at_threshold_and_success_does_not_close_it()
    {
        var state = CircuitBreakerState.Closed.After(false, 2, Now).After(false, 2, Now.AddMinutes(1));

        Assert.Equal(new CircuitBreakerState(2, true, Now.AddMinutes(1)), state);
        Assert.True(state.After(true, 2, Now.AddMinutes(2)).IsOpen);
        Assert.Equal(0, CircuitBreakerState.Closed.After(false, 5, Now).After(true, 5, Now).ConsecutiveFailures);
    }

    [Fact]
    public void Few_refirings_pass_with_the_count()
    {
        Assert.Equal(
            "'checkout-api-http5xx' fired again 2 time(s) within 1 h after remediation; escalates at 3",
            Verdict("flap-detection", Request(Refired(10, 40, 90))).Reason);
    }

    [Fact]
    public void Flapping_alert_escalates_to_a_human()
    {
        var verdict = Verdict("flap-detection", Request(Refired(5, 20, 50)));

        Assert.Equal(GuardrailOutcome.Escalate, verdict.Outcome);
        Assert.Equal("'checkout-api-http5xx' fired again 3 time(s) within 1 h after remediation (limit 3); the runbook is not fixing the cause, so automation stops for this alert and on-call is paged", verdict.Reason);
    }

    [Fact]
    public void Flap_window_and_count_come_from_the_binding()
    {
        var binding = With(GuardrailSettings.Defaults with { FlapDetection = new FlapDetectionSettings(2, TimeSpan.FromHours(3)) });

        Assert.Equal(GuardrailOutcome.Escalate, Verdict("flap-detection", Request(Refired(30, 170), binding)).Outcome);
    }
}
