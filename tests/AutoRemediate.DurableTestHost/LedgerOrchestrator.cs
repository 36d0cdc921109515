using AutoRemediate.DurableTestHost.Ledger;
using Microsoft.DurableTask;

namespace AutoRemediate.DurableTestHost;

/// <summary>Steps 1 and 2, a durable timer, then the remaining steps; each step is an activity the ledger records.</summary>
public sealed class LedgerOrchestrator : TaskOrchestrator<LedgerOrchestrationInput, int>
{
    public const string Name = LedgerOrchestrationInput.OrchestratorName;

    public override async Task<int> RunAsync(TaskOrchestrationContext context, LedgerOrchestrationInput input)
    {
        for (var step = 1; step <= input.Steps; step++)
        {
            if (step == 3)
            {
                await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(input.TimerSeconds), CancellationToken.None);
            }

            await context.CallActivityAsync<int>(LedgerStepActivity.Name, new LedgerStepInput(step, WorkMilliseconds: 50));
        }

        return input.Steps;
    }
}
