using System.Globalization;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// A weekly window spanning days in wall-clock time of a time zone, e.g. Fri 18:00 – Mon 06:00 Europe/Berlin.
/// Start inclusive, end exclusive; an end before the start in the week wraps over Sunday night.
/// </summary>
/// <remarks>Like <see cref="RecurringSchedule"/> it follows daylight saving time: the local clock decides.</remarks>
/// <param name="StartDay">Day the window opens.</param>
/// <param name="Start">Local opening time.</param>
/// <param name="EndDay">Day the window closes.</param>
/// <param name="End">Local closing time.</param>
/// <param name="TimeZoneId">IANA (or Windows) time zone id.</param>
public sealed record WeeklySpanSchedule(DayOfWeek StartDay, TimeOnly Start, DayOfWeek EndDay, TimeOnly End, string TimeZoneId) : WindowSchedule
{
    /// <inheritdoc />
    public override bool IsActive(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId));
        var position = InWeek(local.DayOfWeek, TimeOnly.FromTimeSpan(local.TimeOfDay));
        var open = InWeek(StartDay, Start);
        var close = InWeek(EndDay, End);
        return open < close ? position >= open && position < close : position >= open || position < close;
    }

    /// <inheritdoc />
    public override string Describe()
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        return $"{names.GetAbbreviatedDayName(StartDay)} {Start:HH\\:mm}–{names.GetAbbreviatedDayName(EndDay)} {End:HH\\:mm} {TimeZoneId}";
    }

    private static TimeSpan InWeek(DayOfWeek day, TimeOnly time) => TimeSpan.FromDays((int)day) + time.ToTimeSpan();
}
