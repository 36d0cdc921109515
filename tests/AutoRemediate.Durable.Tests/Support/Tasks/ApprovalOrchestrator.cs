namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Approval": races an "approval" event against a timeout timer with Task.WhenAny, cancelling the loser timer.</summary>
public sealed class ApprovalOrchestrator : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        using var cancelTimer = new CancellationTokenSource();
        var timeout = context.CreateTimer(context.CurrentUtcDateTime.AddMilliseconds(input), cancelTimer.Token);
        var approval = context.WaitForExternalEvent<string>("approval");
        context.SetCustomStatus(new WaitStatus("waiting"));
        var winner = await Task.WhenAny(approval, timeout);
        if (winner == approval)
        {
            cancelTimer.Cancel();
            return "approved:" + await approval;
        }

        return "timed out";
    }
}
