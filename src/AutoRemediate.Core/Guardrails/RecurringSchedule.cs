using System.Globalization;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// A weekly window in local wall-clock time of an IANA time zone, e.g. Tuesdays 22:00–02:00 Europe/Berlin.
/// </summary>
/// <remarks>
/// The wall clock is what people schedule maintenance in, so the window follows daylight saving time: "09:00–17:00
/// Europe/Berlin" is 08:00–16:00 UTC in winter and 07:00–15:00 UTC in summer. When <see cref="End"/> is earlier
/// than <see cref="Start"/> the window runs overnight and belongs to the day it starts on. Equal start and end
/// mean the whole day. On the night clocks go forward, a window inside the skipped hour does not occur; on the
/// night clocks go back, it covers both passes of the repeated hour.
/// </remarks>
/// <param name="Days">Days the window starts on.</param>
/// <param name="Start">Local start time (inclusive).</param>
/// <param name="End">Local end time (exclusive).</param>
/// <param name="TimeZoneId">IANA (or Windows) time zone id, e.g. <c>Europe/Berlin</c>.</param>
public sealed record RecurringSchedule(IReadOnlySet<DayOfWeek> Days, TimeOnly Start, TimeOnly End, string TimeZoneId) : WindowSchedule
{
    /// <inheritdoc />
    public override bool IsActive(DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        var today = local.DayOfWeek;
        var yesterday = (DayOfWeek)(((int)today + 6) % 7);

        if (Start == End)
        {
            return Days.Contains(today);
        }

        return Start < End
            ? Days.Contains(today) && time >= Start && time < End
            : (Days.Contains(today) && time >= Start) || (Days.Contains(yesterday) && time < End);
    }

    /// <inheritdoc />
    public override string Describe()
    {
        var days = string.Join(", ", Days.Order().Select(d => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(d)));
        return $"{days} {Start:HH\\:mm}–{End:HH\\:mm} {TimeZoneId}";
    }
}
