using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// A six-field cron schedule in UTC as Azure Functions timers read it (NCRONTAB: second minute hour day month
/// day-of-week), so the self-hosted scheduler and the Functions host fire at the same times. Each field is
/// <c>*</c>, a number, a range <c>a-b</c>, a step <c>*/n</c> or <c>a-b/n</c>, or a comma list of those; day of week
/// is 0–6 from Sunday; day and day of week must both match. Names (MON, JAN) are not supported.
/// </summary>
internal sealed class CronSchedule
{
    private static readonly (string Name, int Min, int Max)[] Fields =
        [("second", 0, 59), ("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("day of week", 0, 6)];

    private readonly bool[][] _allowed;

    private CronSchedule(bool[][] allowed, string text)
    {
        _allowed = allowed;
        Text = text;
    }

    public string Text { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out CronSchedule? schedule, out string error)
    {
        schedule = null;
        var parts = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != Fields.Length)
        {
            error = $"expected 6 fields (second minute hour day month day-of-week), got {parts.Length}";
            return false;
        }

        var allowed = new bool[Fields.Length][];
        for (var i = 0; i < Fields.Length; i++)
        {
            var (name, min, max) = Fields[i];
            allowed[i] = new bool[max + 1];
            foreach (var item in parts[i].Split(','))
            {
                if (!TryItem(item, min, max, allowed[i]))
                {
                    error = $"{name} field '{parts[i]}' is not *, a number, a range or a step within {min}-{max}";
                    return false;
                }
            }
        }

        schedule = new CronSchedule(allowed, text!.Trim());
        error = string.Empty;
        return true;
    }

    public static CronSchedule Parse(string text) =>
        TryParse(text, out var schedule, out var error) ? schedule : throw new FormatException($"Cron schedule '{text}': {error}");

    /// <summary>The first matching second strictly after <paramref name="after"/>; null when none within five years.</summary>
    public DateTimeOffset? Next(DateTimeOffset after)
    {
        var start = after.UtcDateTime.AddTicks(-(after.UtcDateTime.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);
        for (var day = start.Date; day < start.Date.AddYears(5); day = day.AddDays(1))
        {
            if (!_allowed[3][day.Day] || !_allowed[4][day.Month] || !_allowed[5][(int)day.DayOfWeek])
            {
                continue;
            }

            for (var hour = 0; hour < 24; hour++)
            {
                for (var minute = 0; _allowed[2][hour] && minute < 60; minute++)
                {
                    for (var second = 0; _allowed[1][minute] && second < 60; second++)
                    {
                        var candidate = day.AddHours(hour).AddMinutes(minute).AddSeconds(second);
                        if (_allowed[0][second] && candidate >= start)
                        {
                            return new DateTimeOffset(candidate, TimeSpan.Zero);
                        }
                    }
                }
            }
        }

        return null;
    }

    public override string ToString() => Text;

    private static bool TryItem(string item, int min, int max, bool[] allowed)
    {
        var (range, step) = item.Split('/') switch
        {
            [var r] => (r, 1),
            [var r, var s] when int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => (r, n),
            _ => (string.Empty, 0),
        };
        if (step == 0)
        {
            return false;
        }

        int from, to;
        if (range == "*")
        {
            (from, to) = (min, max);
        }
        else if (range.Split('-') is [var a, var b] && Number(a, min, max) is { } x && Number(b, min, max) is { } y && x <= y)
        {
            (from, to) = (x, y);
        }
        else if (Number(range, min, max) is { } single)
        {
            (from, to) = (single, step == 1 ? single : max);
        }
        else
        {
            return false;
        }

        for (var value = from; value <= to; value += step)
        {
            allowed[value] = true;
        }

        return true;
    }

    private static int? Number(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
}
