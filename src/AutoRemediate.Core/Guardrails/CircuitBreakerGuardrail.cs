using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Guardrails;

/// <summary>A runbook that keeps failing is stopped until a human re-enables it through the API.</summary>
internal sealed class CircuitBreakerGuardrail : IGuardrail
{
    public string Name => "circuit-breaker";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        var runbook = request.Plan.Runbook;
        var threshold = request.Binding.Guardrails.CircuitBreakerThreshold;
        var state = request.Context.CircuitBreakers.GetValueOrDefault(runbook) ?? CircuitBreakerState.Closed;

        if (state.IsOpen || state.ConsecutiveFailures >= threshold)
        {
            var since = state.OpenedAt is { } at ? $" since {DurationText.Timestamp(at)}" : string.Empty;
            return new(Name, GuardrailOutcome.Block, $"circuit breaker for runbook '{runbook}' is open{since} after {state.ConsecutiveFailures} consecutive failure(s); re-enable through the API once the cause is fixed");
        }

        return new(Name, GuardrailOutcome.Pass, $"circuit breaker for runbook '{runbook}' is closed: {state.ConsecutiveFailures} consecutive failure(s), opens at {threshold}");
    }
}
