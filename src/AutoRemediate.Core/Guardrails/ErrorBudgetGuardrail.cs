using System.Globalization;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// With little error budget left, an automated change that goes wrong costs more: below the binding's threshold
/// the run needs approval or is blocked. An SLO without a known budget is treated as below the threshold.
/// </summary>
internal sealed class ErrorBudgetGuardrail : IGuardrail
{
    public string Name => "error-budget";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        if (request.Binding.Guardrails.ErrorBudget is not { } gate)
        {
            return new(Name, GuardrailOutcome.Pass, "no error-budget gate configured for this binding");
        }

        var outcome = gate.Action == ErrorBudgetAction.Block ? GuardrailOutcome.Block : GuardrailOutcome.RequireApproval;
        var consequence = gate.Action == ErrorBudgetAction.Block ? "blocked" : "approval required";
        if (!request.Context.ErrorBudgetRemaining.TryGetValue(gate.Slo, out var remaining))
        {
            var why = request.Context.ErrorBudgetUnknownReasons.TryGetValue(gate.Slo, out var reason) ? $" ({reason})" : string.Empty;
            return new(Name, outcome, $"error budget of SLO '{gate.Slo}' is unknown{why}; treated as below the {Percent(gate.Threshold)} threshold ({consequence})");
        }

        return remaining < gate.Threshold
            ? new(Name, outcome, $"SLO '{gate.Slo}' has {Percent(remaining)} of its error budget left, below the {Percent(gate.Threshold)} threshold ({consequence})")
            : new(Name, GuardrailOutcome.Pass, $"SLO '{gate.Slo}' has {Percent(remaining)} of its error budget left (threshold {Percent(gate.Threshold)})");
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
