using Microsoft.DurableTask;

namespace AutoRemediate.Server.Tests.Support.Tasks;

/// <summary>The shape of a remediation: one activity, a durable timer, a fan-out of three, then an approval event.</summary>
internal sealed class ScenarioOrchestrator : TaskOrchestrator<ScenarioInput, ScenarioResult>
{
    public const string ApprovalEvent = "approval";

    public override async Task<ScenarioResult> RunAsync(TaskOrchestrationContext context, ScenarioInput input)
    {
        var echo = await context.CallActivityAsync<string>(nameof(EchoActivity), input.Alert);
        await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(1), CancellationToken.None);
        var squares = await Task.WhenAll(input.Numbers.Select(n => context.CallActivityAsync<int>(nameof(SquareActivity), n)));
        context.SetCustomStatus(new ScenarioStatus("awaiting approval", squares.Length));
        var approval = await context.WaitForExternalEvent<Approval>(ApprovalEvent);
        return new ScenarioResult(echo, squares, approval);
    }
}
