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

        var operatorIdentity = identity.Resolve(http.Request);

        var ct = http.RequestAborted;
        var instance = RemediationIds.IsPlausible(id) ? await client.GetInstanceAsync(id, cancellationToken: ct) : null;
        if (instance is null || !RemediationLister.IsRemediation(instance))
        {
            return OperatorProblems.NotFound("remediation", id);
        }

        if (instance.IsCompleted)
        {
            return OperatorProblems.Conflict($"remediation '{id}' already ended ({instance.RuntimeStatus}); nothing to cancel");
        }

        if (operatorIdentity is null)
        {
            logger.OperatorIdentityMissing(http.Request.Path);
            return OperatorProblems.NoIdentity();
        }

        var record = await audit.CancelledAsync(id, operatorIdentity, http.Connection.RemoteIpAddress?.ToString(), reason, ct);
        await client.TerminateAsync(id, $"cancelled by {operatorIdentity}: {reason}", ct);
        logger.RemediationCancelled(operatorIdentity, id, reason);
        return TypedResults.Accepted(AutoRemediate.Functions.Webhook.AlertWebhookEndpoints.StatusPath(id), new CancelReceipt(id, operatorIdentity, reason, record.Sequence));
    }
}
