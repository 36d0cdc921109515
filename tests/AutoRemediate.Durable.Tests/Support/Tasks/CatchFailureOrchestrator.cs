namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"CatchFailure": calls a failing activity and reports the caught failure.</summary>
public sealed class CatchFailureOrchestrator : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        try
        {
            await context.CallActivityAsync<string>("Fail", input);
            return "no failure";
        }
        catch (TaskFailedException ex)
        {
            return $"{ex.TaskName}#{ex.TaskId}:{ex.FailureDetails.ErrorType}:{ex.FailureDetails.ErrorMessage}";
        }
    }
}
