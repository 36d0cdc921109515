namespace AutoRemediate.Functions.Functions;

/// <summary>
/// The non-HTTP functions of the app: the one list that maps invocation endpoints and from which deployment
/// generates function.json files, so the two cannot disagree.
/// </summary>
internal static class FunctionCatalog
{
    /// <summary>Runs one engine work item (an orchestration turn, an activity or a timer) from the work queue.</summary>
    /// <remarks>
    /// The Functions host cannot lower-case a setting, and queue names must be lower case: in custom-handler mode
    /// <c>Durable__TaskHub</c> must be set in lower case (the default, <c>autoremediate</c>, is).
    /// </remarks>
    public static readonly FunctionDeclaration DurableWork =
        new("DurableWork", TriggerKind.Queue, "workItem", "%Durable__TaskHub%-work");

    /// <summary>Re-dispatches instances whose worker died mid-turn (the self-hosted app runs this in-process).</summary>
    public static readonly FunctionDeclaration LeaseSweep =
        new("LeaseSweep", TriggerKind.Timer, "timer", "*/30 * * * * *");

    /// <summary>Deletes finished instances older than the retention period.</summary>
    public static readonly FunctionDeclaration InstancePurge =
        new("InstancePurge", TriggerKind.Timer, "timer", "0 15 * * * *");

    /// <summary>Computes yesterday's and the 30 days to yesterday's toil reports once across hosts (schedule: <c>Toil__DailySchedule</c>).</summary>
    public static readonly FunctionDeclaration ToilDailyReport =
        new("ToilDailyReport", TriggerKind.Timer, "timer", "%Toil__DailySchedule%");

    /// <summary>Computes last ISO week's toil report once across hosts (schedule: <c>Toil__WeeklySchedule</c>).</summary>
    public static readonly FunctionDeclaration ToilWeeklyReport =
        new("ToilWeeklyReport", TriggerKind.Timer, "timer", "%Toil__WeeklySchedule%");

    public static IReadOnlyList<FunctionDeclaration> All { get; } = [DurableWork, LeaseSweep, InstancePurge, ToilDailyReport, ToilWeeklyReport];
}
