using Microsoft.DurableTask;

namespace AutoRemediate.DurableTestHost;

/// <summary>A little work, to widen the crash window; <see cref="LedgerMiddleware"/> records its start and end.</summary>
public sealed class LedgerStepActivity : TaskActivity<LedgerStepInput, int>
{
    public const string Name = "LedgerStep";

    public override async Task<int> RunAsync(TaskActivityContext context, LedgerStepInput input)
    {
        await Task.Delay(input.WorkMilliseconds);
        return input.Step;
    }
}
