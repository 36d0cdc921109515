using AutoRemediate.Core.Alerts;

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
internal sealed record RunbookInput(
    string RemediationId,
    string BindingId,
    string Runbook,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Targets,
    bool DryRun,
    int? MaxBatchSize,
    Alert Alert);
