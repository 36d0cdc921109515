namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Retry": calls "Flaky" with a 100 ms, x2 back-off retry policy.</summary>
public sealed class RetryOrchestrator : TaskOrchestrator<RetryRequest, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, RetryRequest input) =>
        context.CallActivityAsync<string>(
            "Flaky",
            input.FailuresBeforeSuccess,
            new RetryPolicy(input.MaxAttempts, TimeSpan.FromMilliseconds(100), backoffCoefficient: 2));
}
