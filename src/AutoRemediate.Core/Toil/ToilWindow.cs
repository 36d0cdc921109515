using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AutoRemediate.Core.Toil;

/// <summary>
/// A report window [<see cref="Start"/>, <see cref="End"/>) of whole UTC days, named by a stable id so that every
/// host computing "yesterday" at the same tick agrees on it, and re-running it replaces its report.
/// </summary>
public sealed record ToilWindow
{
    private const string DayFormat = "yyyy-MM-dd";

    private ToilWindow(string id, ToilWindowKind kind, DateTimeOffset start, DateTimeOffset end)
    {
        Id = id;
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary><c>day-2026-11-21</c>, <c>week-2026-W47</c> or <c>30d-2026-11-21</c>.</summary>
    public string Id { get; }

    /// <summary>The window's kind.</summary>
    public ToilWindowKind Kind { get; }

    /// <summary>Inclusive start, midnight UTC.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Exclusive end, midnight UTC.</summary>
    public DateTimeOffset End { get; }

    /// <summary>The UTC day <paramref name="day"/>.</summary>
    public static ToilWindow Day(DateOnly day) =>
        new($"day-{day.ToString(DayFormat, CultureInfo.InvariantCulture)}", ToilWindowKind.Day, Midnight(day), Midnight(day.AddDays(1)));

    /// <summary>The ISO week holding <paramref name="day"/>.</summary>
    public static ToilWindow Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(date);
        var week = ISOWeek.GetWeekOfYear(date);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new(string.Create(CultureInfo.InvariantCulture, $"week-{year:D4}-W{week:D2}"), ToilWindowKind.Week, Midnight(monday), Midnight(monday.AddDays(7)));
    }

    /// <summary>The 30 UTC days ending with <paramref name="lastDay"/> (included).</summary>
    public static ToilWindow ThirtyDays(DateOnly lastDay) =>
        new($"30d-{lastDay.ToString(DayFormat, CultureInfo.InvariantCulture)}", ToilWindowKind.ThirtyDays, Midnight(lastDay.AddDays(-29)), Midnight(lastDay.AddDays(1)));

    /// <summary>The last complete window of <paramref name="kind"/> before <paramref name="now"/> (yesterday, last week, the 30 days to yesterday).</summary>
    public static ToilWindow LastCompleteBefore(ToilWindowKind kind, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return kind switch
        {
            ToilWindowKind.Day => Day(today.AddDays(-1)),
            // A week ago is always in the previous ISO week, which ended at the latest this Monday at midnight.
            ToilWindowKind.Week => Week(today.AddDays(-7)),
            ToilWindowKind.ThirtyDays => ThirtyDays(today.AddDays(-1)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown window kind"),
        };
    }

    /// <summary>Parses a window id; false (with a reason) for anything else, including impossible dates and weeks.</summary>
    public static bool TryParse(string? id, [NotNullWhen(true)] out ToilWindow? window, out string error)
    {
        window = null;
        error = "expected day-YYYY-MM-DD, week-YYYY-Www or 30d-YYYY-MM-DD";
        if (string.IsNullOrEmpty(id) || id.Length > 20)
        {
            return false;
        }

        if (id.StartsWith("day-", StringComparison.Ordinal) && ParseDay(id[4..]) is { } day)
        {
            window = Day(day);
        }
        else if (id.StartsWith("30d-", StringComparison.Ordinal) && ParseDay(id[4..]) is { } last)
        {
            window = ThirtyDays(last);
        }
        else if (id.Length == 13 && id.StartsWith("week-", StringComparison.Ordinal) && id[9] == '-' && id[10] == 'W'
            && int.TryParse(id.AsSpan(5, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(id.AsSpan(11, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && year is >= 2000 and <= 9998 && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            window = Week(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
        }

        return window is not null;
    }

    /// <summary>True when <paramref name="time"/> falls in the window.</summary>
    public bool Contains(DateTimeOffset time) => time >= Start && time < End;

    private static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 2000 ? day : null;

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
