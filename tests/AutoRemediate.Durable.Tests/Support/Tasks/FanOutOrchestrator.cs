namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"FanOut": squares 1..n in parallel and sums the results.</summary>
public sealed class FanOutOrchestrator : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var squares = Enumerable.Range(1, input).Select(i => context.CallActivityAsync<int>("Square", i)).ToList();
        return (await Task.WhenAll(squares)).Sum();
    }
}
