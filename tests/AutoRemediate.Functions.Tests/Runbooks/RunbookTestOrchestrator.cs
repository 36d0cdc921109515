using Microsoft.DurableTask;
using AutoRemediate.Runbooks;

namespace AutoRemediate.Functions.Tests.Runbooks;

/// <summary>Runs one coded runbook as a whole orchestration on the real engine, journalling through an activity.</summary>
internal sealed class RunbookTestOrchestrator(RunbookCatalog catalog) : TaskOrchestrator<RunbookInput, RunbookResult>
{
    public const string Name = "RunbookTest";

    public override Task<RunbookResult> RunAsync(TaskOrchestrationContext context, RunbookInput input) =>
        catalog.Find(input.Runbook)!.RunAsync(new RunbookExecution(context, input, new ActivityJournal(context)));

    private sealed class ActivityJournal(TaskOrchestrationContext context) : IRunbookJournal
    {
        public Task RecordAsync(params RunbookStep[] steps) => context.CallActivityAsync(RecordingJournalActivity.Name, steps);
    }
}
