using AutoRemediate.Core.Approvals;
using Microsoft.DurableTask;

namespace AutoRemediate.Functions.Approvals;

/// <summary>Stores an approval request and posts its Teams card; returns the approval link.</summary>
internal sealed class RequestApprovalActivity(IApprovalService approvals) : TaskActivity<ApprovalRequest, ApprovalLink>
{
    public const string Name = "RequestApproval";

    public override Task<ApprovalLink> RunAsync(TaskActivityContext context, ApprovalRequest input) =>
        approvals.RequestAsync(input, CancellationToken.None);
}
