using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Functions.Guardrails;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// The alert, binding and plan of one guardrail check, with what was read from Azure for it. Kept apart from the
/// stored state so an evaluation retried on fresh state does not read Azure again.
/// </summary>
/// <param name="Alert">The alert being remediated.</param>
/// <param name="Binding">The matched binding.</param>
/// <param name="Plan">The plan the guardrails judge.</param>
/// <param name="Inputs">Target tags, fleet size and error budgets as read from Azure.</param>
internal sealed record GuardrailReading(Alert Alert, RunbookBinding Binding, RemediationPlan Plan, GuardrailInputs Inputs);
