namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"WaitForEvent": optionally sleeps (durable timer), reports it is waiting, returns the "approval" payload.</summary>
public sealed class WaitForEventOrchestrator : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        if (input > 0)
        {
            await context.CreateTimer(TimeSpan.FromMilliseconds(input), CancellationToken.None);
        }

        context.SetCustomStatus(new WaitStatus("waiting"));
        var payload = await context.WaitForExternalEvent<string>("approval");
        context.SetCustomStatus(new WaitStatus("done"));
        return payload;
    }
}
