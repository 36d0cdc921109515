namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"WaitWithTimeout": waits for "approval" with a timeout of the given milliseconds.</summary>
public sealed class WaitWithTimeoutOrchestrator : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        try
        {
            return "approved:" + await context.WaitForExternalEvent<string>("approval", TimeSpan.FromMilliseconds(input));
        }
        catch (TaskCanceledException)
        {
            return "timed out";
        }
    }
}
