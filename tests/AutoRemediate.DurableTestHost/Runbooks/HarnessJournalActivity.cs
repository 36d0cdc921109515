using System.Text.Json;
using AutoRemediate.Runbooks;
using Microsoft.DurableTask;

namespace AutoRemediate.DurableTestHost.Runbooks;

/// <summary>Appends each step as one JSON line (instance id first); a re-run after a crash appends again, like any activity.</summary>
internal sealed class HarnessJournalActivity(JournalFile journal) : TaskActivity<RunbookStep[], bool>
{
    public const string Name = "Harness.Journal";

    public override Task<bool> RunAsync(TaskActivityContext context, RunbookStep[] input)
    {
        journal.Append(input.Select(step => JsonSerializer.Serialize(new JournalLine(context.InstanceId, step.Kind.ToString(), step.Step, step.Summary, step.Details))));
        return Task.FromResult(true);
    }
}
