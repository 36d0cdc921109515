using Microsoft.DurableTask;

namespace AutoRemediate.Server.Tests.Support.Tasks;

/// <summary>Sends its input through an activity and back, and sets it as custom status: a serialisation round trip.</summary>
internal sealed class EchoOrchestrator : TaskOrchestrator<Approval, Approval>
{
    public override async Task<Approval> RunAsync(TaskOrchestrationContext context, Approval input)
    {
        var echoed = await context.CallActivityAsync<Approval>(nameof(EchoApprovalActivity), input);
        context.SetCustomStatus(echoed);
        return echoed;
    }
}
