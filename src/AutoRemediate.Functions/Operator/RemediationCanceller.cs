using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Text;
using AutoRemediate.Functions.Engine;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Approvals;
using AutoRemediate.Functions.Remediation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// Cancels a running remediation: audits Cancelled with the operator's identity, terminates the orchestration, and
/// frees the guardrail running slot it may hold (a terminated orchestration runs no more code, so it cannot).
/// A remediation that already ended is a 409.
/// </summary>
internal sealed class RemediationCanceller(
    DurableTaskClient client,
    OperatorAudit audit,
    OperatorIdentityResolver identity,
    IGuardrailStateStore guardrails,
    IServiceProvider services,
    TimeProvider time,
    ILogger<RemediationCanceller> logger)
{
    /// <summary>How long to wait for the termination to land before freeing the slot regardless.</summary>
    internal static readonly TimeSpan TerminationWait = TimeSpan.FromSeconds(10);

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
        var instance = RemediationIds.IsPlausible(id) ? await client.GetInstanceAsync(id, cancellation: ct) : null;
        if (instance is null || !RemediationLister.IsRemediation(instance))
        {
            return (null, OperatorProblems.NotFound("remediation", id));
        }

        if (instance.IsCompleted)
        {
            return (null, OperatorProblems.Conflict($"remediation '{UntrustedText.Echo(id)}' already ended ({instance.RuntimeStatus}); nothing to cancel"));
        }

        if (operatorIdentity is null)
        {
            logger.OperatorIdentityMissing($"cancel {id}");
            return (null, OperatorProblems.NoIdentity());
        }

        var record = await audit.CancelledAsync(id, operatorIdentity, sourceIp, reason, ct);
        await client.TerminateInstanceAsync(id, new TerminateInstanceOptions { Output = $"cancelled by {operatorIdentity}: {reason}" }, ct);
        logger.RemediationCancelled(operatorIdentity, id, reason);
        await ReleaseRunAsync(id, ct);
        if (services.GetService<IApprovalService>() is { } approvals)
        {
            // A terminated remediation waits for nobody: its approval card must not stay actionable.
            await approvals.CancelAsync(RemediationOrchestrator.ApprovalRequestId(id), $"cancelled by {operatorIdentity}: {reason}", ct);
        }

        return (new CancelReceipt(id, operatorIdentity, reason, record.Sequence), null);
    }

    /// <summary>
    /// Frees the slot once the termination has landed, so a start already on its way cannot take the slot again
    /// after it was freed. The store frees a slot only once per remediation and only if it is held, so cancelling
    /// before acting, or a run that finished on its own meanwhile, changes nothing.
    /// </summary>
    private async Task ReleaseRunAsync(string id, CancellationToken cancellationToken)
    {
        var terminated = true;
        try
        {
            await client.WaitForInstanceCompletionAsync(id, TerminationWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            // A busy worker: better to free the slot now than to leave it held for good (see docs/architecture.md).
            terminated = false;
        }

        var outcome = await guardrails.ApplyAsync(GuardrailStateUpdate.RunCancelled(time.GetUtcNow()), id, cancellationToken);
        logger.CancelledRunReleased(id, outcome.ToString(), terminated);
    }
}
