using System.Collections.Concurrent;
using Microsoft.DurableTask;
using AutoRemediate.Runbooks;

namespace AutoRemediate.Functions.Tests.Runbooks;

/// <summary>Keeps every journalled step in memory, in order, for the test to read.</summary>
internal sealed class RecordingJournalActivity(ConcurrentQueue<RunbookStep> steps) : TaskActivity<RunbookStep[], bool>
{
    public const string Name = "Test.Journal";

    public override Task<bool> RunAsync(TaskActivityContext context, RunbookStep[] input)
    {
        foreach (var step in input)
        {
            steps.Enqueue(step);
        }

        return Task.FromResult(true);
    }
}
