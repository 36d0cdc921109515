using AutoRemediate.Core.Audit;
using AutoRemediate.Runbooks;
using AutoRemediate.Runbooks.Verification;

namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// A runbook's journal on the remediation's audit chain: each step becomes an entry with the run's next step key
/// (<c>{counter:D3}-{step}</c>), appended by the append activity, so a retried append writes nothing twice and a replay
/// builds the same keys. It also tells the orchestrator when verification starts and ends, for the stage deadlines.
/// </summary>
internal sealed class RemediationJournal(RemediationRun run) : IRunbookJournal
{
    private readonly TaskCompletionSource verificationStarted = new();
    private readonly TaskCompletionSource verificationEnded = new();

    /// <summary>Completes when the runbook records its first Verification step.</summary>
    public Task VerificationStarted => verificationStarted.Task;

    /// <summary>Completes when the runbook records a verification verdict.</summary>
    public Task VerificationEnded => verificationEnded.Task;

    public async Task RecordAsync(params RunbookStep[] steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Length == 0)
        {
            return;
        }

        await run.AuditAsync([.. steps.Select(Entry)]);
        foreach (var step in steps.Where(s => s.Kind == AuditRecordKind.Verification))
        {
            // Plain completion sources: their continuations run inline in the orchestrator's turn, in history order.
            verificationStarted.TrySetResult();
            if (step.Details?.ContainsKey(RunbookVerifier.VerdictKey) == true)
            {
                verificationEnded.TrySetResult();
            }
        }
    }

    private AuditEntry Entry(RunbookStep step)
    {
        var details = new Dictionary<string, string>(step.Details ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (run.Evaluation is { } evaluation)
        {
            details.TryAdd("dryRun", evaluation.DryRun ? "true" : "false");
        }

        return run.Entry(step.Kind, step.Step, step.Summary, details, step.Target) with
        {
            Operation = step.Operation,
            AzureRequestId = step.AzureRequestId,
            Duration = step.Duration,
        };
    }
}
