using AutoRemediate.Core.Approvals;
using Microsoft.DurableTask;

namespace AutoRemediate.Functions.Approvals;

/// <summary>Expires an undecided request and escalates; returns the decision if one landed first.</summary>
internal sealed class ExpireApprovalActivity(IApprovalService approvals) : TaskActivity<ApprovalRequest, ApprovalDecided>
{
    public const string Name = "ExpireApproval";

    public override Task<ApprovalDecided> RunAsync(TaskActivityContext context, ApprovalRequest input) =>
        approvals.ExpireAsync(input, CancellationToken.None);
}
