using AutoRemediate.Core.Audit;

namespace AutoRemediate.Runbooks.Actions;

/// <summary>Ends a runbook with an audited reason, so every stop that needs a person is in the chain, not just the outcome.</summary>
internal static class RunbookEnds
{
    /// <summary>Records an Escalated step and returns an Escalated result: nothing (more) was done; a person must look.</summary>
    public static async Task<RunbookResult> EscalateAsync(RunbookExecution execution, string step, string? target, string reason)
    {
        await execution.Journal.RecordAsync(new RunbookStep(AuditRecordKind.Escalated, step, $"Escalated: {reason}", target));
        return new RunbookResult(RunbookOutcome.Escalated, reason);
    }

    /// <summary>Records an Escalated step and returns a Failed result: the action or its check failed (counts for the circuit breaker).</summary>
    public static async Task<RunbookResult> FailAsync(RunbookExecution execution, string step, string? target, string reason)
    {
        await execution.Journal.RecordAsync(new RunbookStep(AuditRecordKind.Escalated, step, $"Failed and escalated: {reason}", target));
        return new RunbookResult(RunbookOutcome.Failed, reason);
    }
}
