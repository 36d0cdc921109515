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

    /// <summary>
    /// A random occurrence on <paramref name="day"/>: any outcome, 12 rules, some unmatched or unpriced, approvals,
    /// resolutions and the odd clock step. Human minutes are quarters so their sums are exact in any order.
    /// </summary>
    public static ToilOccurrence RandomOccurrence(Random random, DateOnly day, string id)
    {
        var outcome = (ToilOutcome)random.Next(Enum.GetValues<ToilOutcome>().Length);
        var rule = random.Next(12);
        var bound = outcome != ToilOutcome.Unmatched && random.Next(10) > 0;
        var at = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddSeconds(random.Next(86_400));
        var approved = random.Next(3) == 0;
        return new ToilOccurrence
        {
            OccurrenceId = id,
            RemediationId = id,
            OccurredAt = at,
            EndedAt = at.AddSeconds(random.Next(-60, 20_000)),
            Outcome = outcome,
            RuleName = $"rule-{rule}",
            BindingId = bound ? $"binding-{rule}-{random.Next(2)}" : null,
            Runbook = bound ? $"runbook-{rule % 4}" : null,
            ManualEffortMinutes = bound && random.Next(8) > 0 ? 5 * random.Next(1, 13) : null,
            HumanMinutes = approved ? random.Next(0, 21) / 4.0 : 0,
            ApprovalRequestedAt = approved ? at.AddSeconds(5) : null,
            ApprovalDecidedAt = approved && random.Next(4) > 0 ? at.AddSeconds(5 + random.Next(0, 7_200)) : null,
            ResolvedAt = random.Next(2) == 0 ? at.AddSeconds(random.Next(0, 30_000)) : null,
        };
    }
}
