using AutoRemediate.Core.Audit;

namespace AutoRemediate.Runbooks;

/// <summary>One audited step of a runbook; the journal adds the remediation's ids, actor, time and step key.</summary>
/// <param name="Kind">ActionStarted, ActionSucceeded, ActionFailed, Verification or Escalated.</param>
/// <param name="Step">A short stable key for the step, e.g. <c>restart-batch-2</c> (part of the idempotency key).</param>
/// <param name="Summary">One sentence a person reads in the timeline.</param>
/// <param name="Target">The resource the step touched.</param>
/// <param name="Operation">The operation, e.g. <c>POST …/restart</c>.</param>
/// <param name="AzureRequestId">The <c>x-ms-request-id</c> of the call, when there was one.</param>
/// <param name="Duration">How long the step took.</param>
/// <param name="Details">Anything else worth keeping (dry-run requests, counts, metric values).</param>
public sealed record RunbookStep(
    AuditRecordKind Kind,
    string Step,
    string Summary,
    string? Target = null,
    string? Operation = null,
    string? AzureRequestId = null,
    TimeSpan? Duration = null,
    IReadOnlyDictionary<string, string>? Details = null);
