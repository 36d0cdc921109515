namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"UnhandledFailure": lets a failing activity's exception escape.</summary>
public sealed class UnhandledFailureOrchestrator : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        await context.CallActivityAsync<string>("Fail", input);
}
