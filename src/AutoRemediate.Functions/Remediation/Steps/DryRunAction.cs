using AutoRemediate.Core.Audit;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>The input of <see cref="DryRunActionActivity"/>: the two records to write, minus what the binding adds.</summary>
/// <param name="Started">The ActionStarted entry (idempotency key, time, actor, ids).</param>
/// <param name="Succeeded">The ActionSucceeded entry.</param>
/// <param name="Operations">The plan's operations.</param>
/// <param name="Targets">The plan's targets.</param>
internal sealed record DryRunAction(AuditEntry Started, AuditEntry Succeeded, IReadOnlyList<string> Operations, IReadOnlyList<string> Targets);
