using System.Globalization;

namespace AutoRemediate.Core.Text;

/// <summary>Formats durations the way an on-call engineer reads them in a reason: "12 min", "3 h", "2 h 5 min", "45 s".</summary>
internal static class DurationText
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            return "in " + Format(-duration);
        }

        if (duration < TimeSpan.FromMinutes(1))
        {
            return $"{(int)duration.TotalSeconds} s";
        }

        if (duration < TimeSpan.FromHours(1))
        {
            return $"{(int)duration.TotalMinutes} min";
        }

        if (duration < TimeSpan.FromDays(2))
        {
            var hours = (int)duration.TotalHours;
            return duration.Minutes == 0 ? $"{hours} h" : $"{hours} h {duration.Minutes} min";
        }

        return $"{(int)duration.TotalDays} d";
    }

    public static string Timestamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
