using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using static AutoRemediate.Core.Tests.Support.TestGuardrails;

namespace AutoRemediate.Core.Tests.Guardrails;

public sealed class ChangeWindowGuardrailTests
{
    private static readonly OneOffSchedule BlackFriday = new(new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero));

    private static GuardrailVerdict Windows(DateTimeOffset now, params ChangeWindow[] windows) =>
        Verdict("change-windows", Request(Context(now) with { Windows = windows }, With(GuardrailSettings.Defaults with { FreezeWindows = ["black-friday"] })));

    private static bool Active(RecurringSchedule schedule, int year, int month, int day, int hour, int minute) =>
        schedule.IsActive(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero));

    [Fact]
    public void No_windows_pass()
    {
        Assert.Equal("no freeze or maintenance window applies", Verdict("change-windows", Request()).Reason);
    }

    [Fact]
    public void Active_freeze_named_by_the_binding_blocks()
    {
        var verdict = Windows(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero), new ChangeWindow("black-friday", ChangeWindowKind.Freeze, BlackFriday));

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.Equal("freeze window 'black-friday' (2026-11-27 00:00 UTC – 2026-11-30 00:00 UTC) is active; automated changes are frozen", verdict.Reason);
    }

    [Fact]
    public void Inactive_freeze_passes_and_says_what_was_checked()
    {
        var verdict = Windows(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), new ChangeWindow("black-friday", ChangeWindowKind.Freeze, BlackFriday));

        Assert.Equal(GuardrailOutcome.Pass, verdict.Outcome);
        Assert.Equal("no applicable window is active (checked 'black-friday')", verdict.Reason);
    }

    [Fact]
    public void Window_not_named_by_the_binding_and_not_global_does_not_apply()
    {
        var other = new ChangeWindow("payments-freeze", ChangeWindowKind.Freeze, BlackFriday);

        Assert.Equal(GuardrailOutcome.Block, Windows(BlackFriday.Start, other).Outcome); // black-friday is named but undefined
        Assert.Equal(GuardrailOutcome.Pass, Verdict("change-windows", Request(Context(BlackFriday.Start) with { Windows = [other] })).Outcome);
    }

    [Fact]
    public void Undefined_window_named_by_the_binding_blocks_to_be_safe()
    {
        Assert.Equal("binding refers to window 'black-friday', which is not defined; blocking to be safe", Windows(Now).Reason);
    }

    [Fact]
    public void Active_maintenance_window_suppresses_within_its_scope()
    {
        var patching = new ChangeWindow("patch-night", ChangeWindowKind.Maintenance, new RecurringSchedule(new HashSet<DayOfWeek> { DayOfWeek.Friday }, new TimeOnly(2, 0), new TimeOnly(6, 0), "Europe/Berlin"))
        {
            AppliesToAllBindings = true,
            Scope = ["/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-checkout-prod"],
        };

        var verdict = Verdict("change-windows", Request(Context() with { Windows = [patching] }));

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.Equal("suppressed: maintenance window 'patch-night' (Fri 02:00–06:00 Europe/Berlin) is active; alerts during planned maintenance are expected", verdict.Reason);
    }

    [Fact]
    public void Maintenance_window_outside_its_scope_does_not_apply()
    {
        var patching = new ChangeWindow("patch-night", ChangeWindowKind.Maintenance, BlackFriday) { AppliesToAllBindings = true, Scope = ["/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-other"] };

        Assert.Equal("no freeze or maintenance window applies", Verdict("change-windows", Request(Context(BlackFriday.Start) with { Windows = [patching] })).Reason);
    }

    [Fact]
    public void Unknown_time_zone_blocks_to_be_safe()
    {
        var window = new ChangeWindow("mars", ChangeWindowKind.Freeze, new RecurringSchedule(new HashSet<DayOfWeek> { DayOfWeek.Monday }, new TimeOnly(1, 0), new TimeOnly(2, 0), "Mars/Olympus_Mons")) { AppliesToAllBindings = true };

        var verdict = Verdict("change-windows", Request(Context() with { Windows = [window] }));

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.StartsWith("window 'mars' uses an unknown time zone (", verdict.Reason, StringComparison.Ordinal);
        Assert.EndsWith("); blocking to be safe", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recurring_window_follows_local_time_across_the_spring_dst_change()
    {
        // Europe/Berlin moves from UTC+1 to UTC+2 on Sunday 2026-03-29; a 09:00–17:00 window moves with it.
        var office = new RecurringSchedule(new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday }, new TimeOnly(9, 0), new TimeOnly(17, 0), "Europe/Berlin");

        Assert.True(Active(office, 2026, 3, 28, 8, 30));   // Saturday 09:30 CET
        Assert.False(Active(office, 2026, 3, 29, 6, 30));  // Sunday 08:30 CEST
        Assert.True(Active(office, 2026, 3, 29, 7, 30));   // Sunday 09:30 CEST: 07:30 UTC is already inside
        Assert.False(Active(office, 2026, 3, 29, 15, 30)); // Sunday 17:30 CEST (a fixed UTC+1 would say 16:30, inside)
    }

    [Fact]
    public void Overnight_window_covers_the_repeated_hour_when_clocks_go_back()
    {
        // 2026-10-25: Berlin clocks go from 03:00 CEST back to 02:00 CET; 02:30 local happens twice.
        var night = new RecurringSchedule(new HashSet<DayOfWeek> { DayOfWeek.Saturday }, new TimeOnly(23, 0), new TimeOnly(3, 0), "Europe/Berlin");

        Assert.True(Active(night, 2026, 10, 24, 21, 30));  // Sat 23:30 CEST
        Assert.True(Active(night, 2026, 10, 25, 0, 30));   // Sun 02:30 CEST (first pass)
        Assert.True(Active(night, 2026, 10, 25, 1, 30));   // Sun 02:30 CET (second pass)
        Assert.False(Active(night, 2026, 10, 25, 2, 0));   // Sun 03:00 CET: window over
    }

    [Fact]
    public void Window_inside_the_skipped_spring_hour_never_occurs()
    {
        var skipped = new RecurringSchedule(new HashSet<DayOfWeek> { DayOfWeek.Sunday }, new TimeOnly(2, 0), new TimeOnly(3, 0), "Europe/Berlin");

        Assert.False(Active(skipped, 2026, 3, 29, 0, 59)); // 01:59 CET
        Assert.False(Active(skipped, 2026, 3, 29, 1, 0));  // 03:00 CEST, straight after 01:59:59 CET
        Assert.True(Active(skipped, 2026, 4, 5, 0, 30));   // a week later: 02:30 CEST exists
    }

    [Fact]
    public void One_off_window_is_start_inclusive_and_end_exclusive()
    {
        Assert.True(BlackFriday.IsActive(BlackFriday.Start));
        Assert.False(BlackFriday.IsActive(BlackFriday.End));
    }
}
