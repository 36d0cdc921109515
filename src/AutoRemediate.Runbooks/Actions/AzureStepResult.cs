namespace AutoRemediate.Runbooks.Actions;

/// <summary>What one Azure change did (or, in a dry run, would do), as an activity returns it to the runbook.</summary>
/// <param name="Succeeded">Whether Azure accepted and finished the change.</param>
/// <param name="Operation">The request line, e.g. <c>POST …/restart</c>.</param>
/// <param name="Duration">How long the call (with retries and operation polling) took.</param>
/// <param name="RequestId">Azure's <c>x-ms-request-id</c>, when there was a response.</param>
/// <param name="CorrelationId">ARM's <c>x-ms-correlation-request-id</c>.</param>
/// <param name="OperationStatus">The final status of a long-running operation.</param>
/// <param name="PlannedRequests">In a dry run, the exact requests that would have been sent.</param>
/// <param name="Error">Why it failed: status, code and message.</param>
/// <param name="RetryAfter">Set when Azure throttled for longer than the client waits: retry after a durable timer.</param>
public sealed record AzureStepResult(
    bool Succeeded,
    string Operation,
    TimeSpan Duration,
    string? RequestId,
    string? CorrelationId,
    string? OperationStatus,
    IReadOnlyList<string> PlannedRequests,
    string? Error = null,
    TimeSpan? RetryAfter = null)
{
    /// <summary>The facts worth keeping in the audit record's details.</summary>
    public Dictionary<string, string> Details()
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["operation"] = Operation };
        if (CorrelationId is not null)
        {
            details["correlationId"] = CorrelationId;
        }

        if (OperationStatus is not null)
        {
            details["operationStatus"] = OperationStatus;
        }

        if (PlannedRequests.Count > 0)
        {
            details["plannedRequests"] = System.Text.Json.JsonSerializer.Serialize(PlannedRequests);
        }

        if (Error is not null)
        {
            details["error"] = Error;
        }

        return details;
    }
}
