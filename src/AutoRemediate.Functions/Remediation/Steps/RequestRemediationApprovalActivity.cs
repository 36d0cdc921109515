using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Durable;
using AutoRemediate.Durable.Client;
using AutoRemediate.Functions.Approvals;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// Stores the approval request and posts its Teams card through <see cref="IApprovalService"/>, or reports that
/// approvals are not enabled (<c>Approvals:Enabled</c>). Asked in an activity, not the orchestrator, so whether
/// approvals exist is recorded in history. The request is stored with its binding's <c>approval.approvers</c>, so
/// the decision handler can check who may decide.
/// </summary>
internal sealed class RequestRemediationApprovalActivity(IServiceProvider services, BindingCatalog catalog, DurableTaskClient client)
    : TaskActivity<ApprovalRequest, ApprovalTicket>
{
    public const string Name = "RemediationRequestApproval";

    public override async Task<ApprovalTicket> RunAsync(TaskActivityContext context, ApprovalRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        if (services.GetService<IApprovalService>() is not { } approvals)
        {
            return new ApprovalTicket(false, null);
        }

        var request = input.Approvers is null ? input with { Approvers = await ApproversAsync(context.InstanceId, cancellationToken) } : input;
        var link = await approvals.RequestAsync(request, cancellationToken);
        return new ApprovalTicket(true, link.RequestId);
    }

    /// <summary>
    /// The approvers of the binding the remediation matched, read from its status (which names the binding from the
    /// turn after the match on, committed before this activity was scheduled) and the loaded catalog. The orchestrator
    /// builds the request without them so that its replayed code stays as it was.
    /// </summary>
    private async Task<AllowedApprovers?> ApproversAsync(string remediationId, CancellationToken cancellationToken)
    {
        var status = (await client.GetInstanceAsync(remediationId, cancellationToken: cancellationToken))?.ReadCustomStatusAs<RemediationStatus>();
        // Fail closed: a request whose binding cannot be found must not become approvable by anyone.
        var binding = status?.BindingId is { } id ? catalog.Find(id) : null;
        return binding is null
            ? throw new InvalidOperationException(
                $"Remediation '{remediationId}' asks for approval, but its binding '{status?.BindingId}' is not in the loaded catalog, so its approvers are unknown.")
            : binding.Approval.Approvers;
    }
}
