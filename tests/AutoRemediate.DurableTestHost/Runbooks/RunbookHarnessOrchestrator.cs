using Microsoft.DurableTask;
using AutoRemediate.Runbooks;

namespace AutoRemediate.DurableTestHost.Runbooks;

/// <summary>Runs one coded runbook as a whole orchestration, journalling its steps to a file the test reads.</summary>
internal sealed class RunbookHarnessOrchestrator(RunbookCatalog catalog) : TaskOrchestrator<RunbookInput, RunbookResult>
{
    public const string Name = "RunbookHarness";

    public override Task<RunbookResult> RunAsync(TaskOrchestrationContext context, RunbookInput input)
    {
        var runbook = catalog.Find(input.Runbook) ?? throw new InvalidOperationException($"No runbook named '{input.Runbook}'.");
        return runbook.RunAsync(new RunbookExecution(context, input, new HarnessJournal(context)));
    }
}
