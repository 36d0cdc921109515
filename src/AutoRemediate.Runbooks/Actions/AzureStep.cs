using AutoRemediate.Core.Audit;

namespace AutoRemediate.Runbooks.Actions;

/// <summary>
/// One audited Azure change from runbook code: ActionStarted, the activity (retried after a durable timer when Azure
/// throttles for longer than the client waits), then ActionSucceeded or ActionFailed with the request id and duration.
/// </summary>
/// <remarks>WARNING: orchestration code; its records, timers and activity calls are part of in-flight histories.</remarks>
internal static class AzureStep
{
    private const int MaxThrottledAttempts = 3;

    /// <param name="execution">The runbook's execution.</param>
    /// <param name="step">The step key, e.g. <c>restart-batch-2</c>.</param>
    /// <param name="target">The resource acted on.</param>
    /// <param name="what">What is done, as a phrase: "restart checkout-api".</param>
    /// <param name="activity">The activity doing the change.</param>
    /// <param name="order">The activity's input.</param>
    /// <param name="details">Extra facts for both records (baseline, batch members).</param>
    public static async Task<AzureStepResult> RunAsync(
        RunbookExecution execution, string step, string target, string what, string activity, object order, IReadOnlyDictionary<string, string>? details = null)
    {
        var dryRun = execution.Input.DryRun;
        await execution.Journal.RecordAsync(new RunbookStep(
            AuditRecordKind.ActionStarted, $"{step}-started", dryRun ? $"Dry run: planning to {what}." : $"Starting to {what}.", target, Details: details));

        AzureStepResult result;
        for (var attempt = 1; ; attempt++)
        {
            result = await execution.Context.CallActivityAsync<AzureStepResult>(activity, order);
            if (result.RetryAfter is not { } wait || attempt == MaxThrottledAttempts)
            {
                break;
            }

            // Azure asked for a longer pause than the client waits in-process: wait durably, then try again.
            await execution.Context.CreateTimer(wait, CancellationToken.None);
        }

        var merged = result.Details();
        foreach (var (key, value) in details ?? new Dictionary<string, string>())
        {
            merged.TryAdd(key, value);
        }

        var summary = result.Succeeded
            ? dryRun ? $"Dry run: would {what}; recorded {result.PlannedRequests.Count} request(s), nothing was sent." : $"Done: {what} ({result.OperationStatus ?? "accepted"}, {result.Duration.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s)."
            : $"Failed to {what}: {result.Error}";
        await execution.Journal.RecordAsync(new RunbookStep(
            result.Succeeded ? AuditRecordKind.ActionSucceeded : AuditRecordKind.ActionFailed,
            step,
            summary,
            target,
            result.Operation,
            result.RequestId,
            result.Duration,
            merged));
        return result;
    }
}
