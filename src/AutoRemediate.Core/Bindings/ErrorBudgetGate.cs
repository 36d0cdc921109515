namespace AutoRemediate.Core.Bindings;

/// <summary>Gate on an SLO's error budget: automated changes get more careful when little budget is left.</summary>
/// <param name="Slo">The SLO name, as known to the error-budget source.</param>
/// <param name="Threshold">Fraction of the budget remaining (0–1) below which <paramref name="Action"/> applies.</param>
/// <param name="Action">Require approval or block.</param>
public sealed record ErrorBudgetGate(string Slo, double Threshold, ErrorBudgetAction Action);
