using AutoRemediate.Core.Approvals;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Approvals;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// Stores the approval request and posts its Teams card through <see cref="IApprovalService"/>, or reports that
/// approvals are not enabled (<c>Approvals:Enabled</c>). Asked in an activity, not the orchestrator, so whether
/// approvals exist is recorded in history. The request carries its binding's <c>approval.approvers</c> (set by the
/// orchestration from the evaluated policy), so the decision handler can check who may decide.
/// </summary>
internal sealed class RequestRemediationApprovalActivity(IServiceProvider services)
    : TaskActivity<ApprovalRequest, ApprovalTicket>
{
    public const string Name = "RemediationRequestApproval";

    public override async Task<ApprovalTicket> RunAsync(TaskActivityContext context, ApprovalRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        if (services.GetService<IApprovalService>() is not { } approvals)
        {
            return new ApprovalTicket(false, null);
        }

        var link = await approvals.RequestAsync(input, CancellationToken.None);
        return new ApprovalTicket(true, link.RequestId);
    }
}
