namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>A drain's running totals, rebuilt on every replay from the recorded batch results.</summary>
internal sealed class QueueDrainTotals
{
    private readonly List<string> inDoubt = [];

    public int Moved { get; private set; }

    public int Archived { get; private set; }

    public bool StoppedAtLimit { get; set; }

    public void Add(QueueDrainBatchResult result)
    {
        Moved += result.Moved;
        Archived += result.Archived;
        inDoubt.AddRange(result.InDoubt);
    }

    public RunbookResult Outcome(QueueDrainPlan plan, QueueDrainSurvey after)
    {
        var done = plan.Mode == QueueDrainMode.Move ? $"Moved {Moved} message(s) to {plan.DestinationQueue}" : $"Archived {Archived} message(s) to table {plan.ArchiveTable}";
        var left = StoppedAtLimit ? $"; stopped at the limit of {plan.MaxMessages}, about {after.SourceCount} left" : $"; about {after.SourceCount} left";
        if (inDoubt.Count > 0)
        {
            return new RunbookResult(
                RunbookOutcome.Escalated,
                $"{done}{left}; {inDoubt.Count} message(s) in doubt after an interrupted attempt were set aside in {plan.ArchiveTable} for a person to check: {string.Join(", ", inDoubt)}.");
        }

        return new RunbookResult(RunbookOutcome.Succeeded, done + left + ".");
    }
}
