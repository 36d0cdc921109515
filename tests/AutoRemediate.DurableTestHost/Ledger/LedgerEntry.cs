namespace AutoRemediate.DurableTestHost.Ledger;

/// <summary>
/// One line of the crash-test ledger, appended by test host processes and read back by the tests:
/// an activity dispatched, starting or ending, or an orchestration turn executed.
/// </summary>
public sealed record LedgerEntry(
    string Kind,
    string InstanceId,
    int Step,
    string WorkerId,
    int ProcessId,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt)
{
    public const string ActivityDispatched = "activity-dispatched";
    public const string ActivityStarted = "activity-started";
    public const string ActivityEnded = "activity-ended";
    public const string Turn = "orchestration-turn";
}
