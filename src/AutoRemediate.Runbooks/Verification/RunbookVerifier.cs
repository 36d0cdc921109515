using System.Globalization;
using AutoRemediate.Core.Audit;
using Microsoft.DurableTask;

namespace AutoRemediate.Runbooks.Verification;

/// <summary>
/// Runs the binding's declared verification after a runbook acted: wait (a durable timer), read one number from Azure
/// Monitor in an activity, compare it with the threshold, and record the verdict. Every runbook calls it the same way;
/// what a failed verdict means (roll back, escalate) stays the runbook's decision.
/// </summary>
/// <remarks>
/// WARNING: orchestration code. The order of its journal records, timer and activity call is part of in-flight histories.
/// The first Verification record moves the remediation to Verifying; the record carrying <see cref="VerdictKey"/> ends it.
/// </remarks>
internal static class RunbookVerifier
{
    /// <summary>The detail key of the Verification step that carries the verdict: passed, failed or skipped.</summary>
    public const string VerdictKey = "verdict";

    private static readonly TaskOptions QueryRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(30), 2.0));

    /// <summary>Verifies <paramref name="target"/>; <paramref name="step"/> keys the audit records (e.g. <c>verify</c>).</summary>
    public static async Task<VerificationResult> VerifyAsync(RunbookExecution execution, string target, string step = "verify")
    {
        ArgumentNullException.ThrowIfNull(execution);
        var input = execution.Input;
        if (input.Verification is not { } settings)
        {
            return await SkipAsync(execution, target, step, $"Binding {input.BindingId} declares no verification; the action's own result stands.");
        }

        if (input.DryRun)
        {
            return await SkipAsync(execution, target, step, $"Dry run: would wait {settings.Wait}, then check {settings.Describe()} on {target}.");
        }

        await execution.Journal.RecordAsync(new RunbookStep(
            AuditRecordKind.Verification,
            $"{step}-wait",
            $"Waiting {settings.Wait}, then checking {settings.Describe()} on {target}.",
            target,
            Details: new Dictionary<string, string> { ["check"] = settings.Describe(), ["wait"] = settings.Wait.ToString() }));
        await execution.Context.CreateTimer(settings.Wait, CancellationToken.None);

        VerificationReading reading;
        try
        {
            reading = await execution.Context.CallActivityAsync<VerificationReading>(VerifyActivity.Name, new VerificationCheck(target, settings), QueryRetry);
        }
        catch (TaskFailedException failure)
        {
            reading = new VerificationReading(null, null, $"the query failed: {failure.Message}");
        }

        var passed = reading.Value is { } value && settings.Passes(value);
        var measured = reading.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "no value";
        var summary = passed
            ? $"Verification passed on {target}: {settings.Describe()} held (value {measured})."
            : $"Verification failed on {target}: {settings.Describe()} did not hold ({reading.Problem ?? $"value {measured}"}).";
        var details = new Dictionary<string, string>
        {
            [VerdictKey] = passed ? "passed" : "failed",
            ["check"] = settings.Describe(),
            ["value"] = measured,
        };
        if (reading.Problem is { } problem)
        {
            details["problem"] = problem;
        }

        await execution.Journal.RecordAsync(new RunbookStep(
            AuditRecordKind.Verification, step, summary, target, Operation: settings.Metric is null ? "log query" : "metrics query", AzureRequestId: reading.RequestId, Details: details));
        return new VerificationResult(passed, summary);
    }

    private static async Task<VerificationResult> SkipAsync(RunbookExecution execution, string target, string step, string summary)
    {
        await execution.Journal.RecordAsync(new RunbookStep(
            AuditRecordKind.Verification, step, summary, target, Details: new Dictionary<string, string> { [VerdictKey] = "skipped" }));
        return new VerificationResult(true, summary);
    }
}
