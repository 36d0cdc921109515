using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails;

/// <summary>Everything the engine looks at; it reads nothing else (no clock, no I/O).</summary>
/// <param name="Alert">The alert being remediated.</param>
/// <param name="Binding">The binding it matched.</param>
/// <param name="Plan">What the runbook proposes to do.</param>
/// <param name="Context">The state snapshot, including the evaluation time.</param>
public sealed record GuardrailRequest(Alert Alert, RunbookBinding Binding, RemediationPlan Plan, GuardrailContext Context);
