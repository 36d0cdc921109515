using Microsoft.DurableTask;

namespace AutoRemediate.Server.Tests.Support.Tasks;

/// <summary>Returns the approval it was given, so it crosses the activity boundary both ways.</summary>
internal sealed class EchoApprovalActivity : TaskActivity<Approval, Approval>
{
    public override Task<Approval> RunAsync(TaskActivityContext context, Approval input) => Task.FromResult(input);
}
