using AutoRemediate.Durable.Client;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// Cancels a running remediation: audits Cancelled with the operator's identity, then terminates the orchestration.
/// A remediation that already ended is a 409.
/// </summary>
internal sealed class RemediationCanceller(DurableTaskClient client, OperatorAudit audit, OperatorIdentityResolver identity, ILogger<RemediationCanceller> logger)
{
    public async Task<Results<Accepted<CancelReceipt>, ProblemHttpResult>> CancelAsync(string id, HttpContext http)
    {
        var (body, bodyProblem) = await OperatorBody.ReadAsync<ReasonBody>(http.Request);
        var (reason, problem) = body is null ? (string.Empty, bodyProblem) : OperatorBody.Reason(body.Reason);
        if (problem is not null)
        {
            return problem;
        }

        var (receipt, refusal) = await CancelAsync(id, reason, identity.Resolve(http.Request), http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        if (receipt is null)
        {
            return refusal!;
        }

        return TypedResults.Accepted(AutoRemediate.Functions.Webhook.AlertWebhookEndpoints.StatusPath(id), receipt);
    }

    /// <summary>
    /// Cancels for an already validated reason: 404 for no such remediation, 409 once it has ended, 401 without an
    /// operator identity (checked last, so an unknown id reads the same to everyone).
    /// </summary>
    public async Task<(CancelReceipt? Receipt, ProblemHttpResult? Problem)> CancelAsync(
        string id, string reason, string? operatorIdentity, string? sourceIp, CancellationToken ct)
    {
        var instance = RemediationIds.IsPlausible(id) ? await client.GetInstanceAsync(id, cancellationToken: ct) : null;
        if (instance is null || !RemediationLister.IsRemediation(instance))
        {
            return (null, OperatorProblems.NotFound("remediation", id));
        }

        if (instance.IsCompleted)
        {
            return (null, OperatorProblems.Conflict($"remediation '{id}' already ended ({instance.RuntimeStatus}); nothing to cancel"));
        }

        if (operatorIdentity is null)
        {
            logger.OperatorIdentityMissing($"cancel {id}");
            return (null, OperatorProblems.NoIdentity());
        }

        var record = await audit.CancelledAsync(id, operatorIdentity, sourceIp, reason, ct);
        await client.TerminateAsync(id, $"cancelled by {operatorIdentity}: {reason}", ct);
        logger.RemediationCancelled(operatorIdentity, id, reason);
        return (new CancelReceipt(id, operatorIdentity, reason, record.Sequence), null);
    }
}
