using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>The input of the guardrail activities.</summary>
/// <param name="RemediationId">The remediation instance id (the store de-duplicates starts by it).</param>
/// <param name="Alert">The alert.</param>
/// <param name="BindingId">The matched binding.</param>
/// <param name="Approved">Whether a human approved; a start that still needs approval without it does not start.</param>
internal sealed record GuardrailCheck(string RemediationId, Alert Alert, string BindingId, bool Approved);
