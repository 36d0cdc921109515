using Microsoft.DurableTask;
using AutoRemediate.Functions.Approvals;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// Closes the remediation's pending approval request unanswered (its page says it is no longer needed, its tokens
/// are refused, Teams gets a short note). Returns whether a pending request was closed; false when approvals are not
/// enabled or the request was already decided.
/// </summary>
internal sealed class CancelRemediationApprovalActivity(IServiceProvider services) : TaskActivity<ApprovalCancellation, bool>
{
    public const string Name = "RemediationCancelApproval";

    public override async Task<bool> RunAsync(TaskActivityContext context, ApprovalCancellation input) =>
        services.GetService<IApprovalService>() is { } approvals && await approvals.CancelAsync(input.RequestId, input.Reason, CancellationToken.None);
}
