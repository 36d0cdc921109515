using AutoRemediate.Core.Approvals;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Approvals;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>A minimal remediation: asks for approval through <see cref="ApprovalStep"/> and returns the decision.</summary>
public sealed class ApprovalProbeOrchestrator : TaskOrchestrator<ApprovalRequest, ApprovalDecided>
{
    public const string Name = "ApprovalProbe";

    public override async Task<ApprovalDecided> RunAsync(TaskOrchestrationContext context, ApprovalRequest input)
    {
        context.SetCustomStatus("waiting for approval");
        var decided = await ApprovalStep.RunAsync(context, input);
        context.SetCustomStatus(decided.Decision == ApprovalStatus.Approved ? "remediating" : "not remediating");
        return decided;
    }
}
