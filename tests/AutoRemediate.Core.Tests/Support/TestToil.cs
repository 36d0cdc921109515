using AutoRemediate.Core.Toil;

namespace AutoRemediate.Core.Tests.Support;

/// <summary>Ledger rows and manual entries in one line each, on 2026-11-20 (UTC) unless told otherwise.</summary>
internal static class TestToil
{
    public static readonly DateOnly Day = new(2026, 11, 20);
    public static readonly ToilWindow Window = ToilWindow.Day(Day);

    public static DateTimeOffset At(int hour, int minute = 0) => new(Day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    /// <summary>An occurrence received at <paramref name="at"/> that ended <paramref name="tookMinutes"/> later.</summary>
    public static ToilOccurrence Occurrence(
        string id, string rule, ToilOutcome outcome, DateTimeOffset at, double tookMinutes = 1, int? effort = null,
        string? binding = null, string? runbook = null, double? resolvedAfterMinutes = null) => new()
    {
        OccurrenceId = id,
        RemediationId = id,
        OccurredAt = at,
        EndedAt = at.AddMinutes(tookMinutes),
        Outcome = outcome,
        RuleName = rule,
        BindingId = binding,
        Runbook = runbook,
        ManualEffortMinutes = effort,
        ResolvedAt = resolvedAfterMinutes is { } resolved ? at.AddMinutes(resolved) : null,
    };

    public static ManualToilEntry Manual(string category, int minutes, DateTimeOffset at) =>
        new($"m-{category}-{at:HHmm}", "alice", $"{category} by hand", minutes, category, at, at, "test");
}
