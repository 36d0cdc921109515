using Microsoft.DurableTask;
using AutoRemediate.Runbooks;

namespace AutoRemediate.DurableTestHost.Runbooks;

/// <summary>A journal that writes steps through an activity, as the remediation orchestration's journal does.</summary>
internal sealed class HarnessJournal(TaskOrchestrationContext context) : IRunbookJournal
{
    public Task RecordAsync(params RunbookStep[] steps) => context.CallActivityAsync(HarnessJournalActivity.Name, steps);
}
