using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>The input of <see cref="PrepareRunbookActivity"/>: the approved plan the runbook input is built for.</summary>
/// <param name="RemediationId">The remediation instance id.</param>
/// <param name="BindingId">The matched binding.</param>
/// <param name="Alert">The alert.</param>
/// <param name="Targets">The plan's targets as the run start evaluated them.</param>
/// <param name="DryRun">Binding or global dry run, as decided at the run start.</param>
internal sealed record RunbookRequest(string RemediationId, string BindingId, Alert Alert, IReadOnlyList<string> Targets, bool DryRun);
