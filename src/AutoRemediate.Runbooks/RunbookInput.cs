using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Runbooks;

/// <summary>What a runbook is asked to do, fixed in history before it starts.</summary>
/// <param name="RemediationId">The remediation (orchestration instance) id.</param>
/// <param name="BindingId">The binding that chose the runbook.</param>
/// <param name="Runbook">The runbook name.</param>
/// <param name="Parameters">The binding's parameters, as invariant-culture strings.</param>
/// <param name="Targets">The approved plan's targets (normalised resource ids).</param>
/// <param name="DryRun">Record instead of act.</param>
/// <param name="MaxBatchSize">The largest batch the blast-radius guardrail allows, or null when it sets none.</param>
/// <param name="Alert">The alert that started the remediation (labels, dimensions and custom properties carry per-alert values such as a queue name).</param>
/// <param name="BlastRadius">The binding's blast-radius settings, for runbooks that size batches from a fleet they discover (scale set instances).</param>
/// <param name="Verification">The binding's verification, or null when it declares none; run it with <c>Verification.VerificationStep</c>.</param>
public sealed record RunbookInput(
    string RemediationId,
    string BindingId,
    string Runbook,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Targets,
    bool DryRun,
    int? MaxBatchSize,
    Alert Alert,
    BlastRadiusSettings? BlastRadius = null,
    VerificationSettings? Verification = null)
{
    /// <summary>A parameter as text, or <paramref name="fallback"/> when the binding does not set it.</summary>
    public string Parameter(string name, string fallback) => Parameters.GetValueOrDefault(name) ?? fallback;

    /// <summary>An integer parameter, or <paramref name="fallback"/> when unset or not an integer.</summary>
    public int IntParameter(string name, int fallback) =>
        int.TryParse(Parameters.GetValueOrDefault(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
