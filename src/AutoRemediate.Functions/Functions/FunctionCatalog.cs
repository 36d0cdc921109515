namespace AutoRemediate.Functions.Functions;

/// <summary>
/// The non-HTTP functions of the app: the one list that maps invocation endpoints and from which deployment
/// generates function.json files, so the two cannot disagree.
/// </summary>
internal static class FunctionCatalog
{
    /// <summary>Deletes finished instances older than the retention period.</summary>
    public static readonly FunctionDeclaration InstancePurge =
        new("InstancePurge", TriggerKind.Timer, "timer", "0 15 * * * *");

    /// <summary>Computes yesterday's and the 30 days to yesterday's toil reports once across hosts (schedule: <c>Toil__DailySchedule</c>).</summary>
    public static readonly FunctionDeclaration ToilDailyReport =
        new("ToilDailyReport", TriggerKind.Timer, "timer", "%Toil__DailySchedule%");

    /// <summary>Computes last ISO week's toil report once across hosts (schedule: <c>Toil__WeeklySchedule</c>).</summary>
    public static readonly FunctionDeclaration ToilWeeklyReport =
        new("ToilWeeklyReport", TriggerKind.Timer, "timer", "%Toil__WeeklySchedule%");

    public static IReadOnlyList<FunctionDeclaration> All { get; } = [InstancePurge, ToilDailyReport, ToilWeeklyReport];
}
