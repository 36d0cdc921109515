using System.Globalization;
using System.Text.RegularExpressions;
using AutoRemediate.Core.Bindings;
using YamlDotNet.Core;

namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>
/// Change windows: <c>recurring: "Fri 18:00-Mon 06:00"</c> (one span a week) or <c>"Tue,Thu 22:00-02:00"</c> (those
/// days; an end before the start runs overnight), or a one-off <c>from</c>/<c>to</c> in local time; always with a
/// <c>timeZone</c>, checked here so an unknown zone is a load error rather than a window that blocks forever.
/// </summary>
internal sealed partial class GuardrailPolicyParser
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    private static readonly string[] LocalFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd"];

    private ChangeWindow? ParseWindow(YamlSection section)
    {
        var before = errors.Errors.Count;
        var name = Name(section);
        var kind = section.Enum("kind", Kinds);
        var zone = TimeZone(section);
        var recurring = section.String("recurring");
        var from = section.String("from");
        var to = section.String("to");
        WindowSchedule? schedule = null;
        if (recurring is not null && (from is not null || to is not null))
        {
            errors.Add(section.Start, $"{section.Where} has both 'recurring' and 'from'/'to'; a window is either recurring or one-off");
        }
        else if (recurring is { } text)
        {
            schedule = zone is null ? null : Recurring(text.Value, text.At, zone.Id, section.Where);
        }
        else if (from is null || to is null)
        {
            errors.Add(section.Start, $"{section.Where} needs 'recurring' (e.g. \"Fri 18:00-Mon 06:00\") or both 'from' and 'to'");
        }
        else if (zone is not null && Local(from.Value, zone, section.Where, "from") is { } start && Local(to.Value, zone, section.Where, "to") is { } end)
        {
            if (end <= start)
            {
                errors.Add(to.Value.At, $"'to' in {section.Where} must be after 'from'");
            }

            schedule = new OneOffSchedule(start, end);
        }

        var scope = section.ScopePrefixes("scope");
        return errors.Errors.Count > before || name is null || kind is null || schedule is null
            ? null
            : new ChangeWindow(name, kind.Value, schedule) { AppliesToAllBindings = section.Bool("appliesToAllBindings") ?? false, Scope = scope };
    }

    private TimeZoneInfo? TimeZone(YamlSection section)
    {
        if (section.String("timeZone") is not { } text)
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(text.Value);
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Add(text.At, $"unknown time zone '{text.Value}' in {section.Where}; use an IANA id like Europe/Berlin or UTC");
            return null;
        }
    }

    private WindowSchedule? Recurring(string text, Mark at, string zone, string where)
    {
        var match = RecurringPattern().Match(text.Trim());
        var days = match.Success ? match.Groups["days"].Value.Split(',', StringSplitOptions.TrimEntries).Select(Day).ToArray() : [];
        var endDay = match.Groups["endDay"].Success ? Day(match.Groups["endDay"].Value) : null;
        var start = match.Success ? Time(match.Groups["start"].Value) : null;
        var end = match.Success ? Time(match.Groups["end"].Value) : null;
        if (!match.Success || days.Any(d => d is null) || start is null || end is null || (match.Groups["endDay"].Success && endDay is null))
        {
            errors.Add(at, $"'recurring' in {where} must look like \"Fri 18:00-Mon 06:00\" or \"Tue,Thu 22:00-02:00\" (days Mon–Sun, 24-hour times), got '{text}'");
            return null;
        }

        if (endDay is { } last)
        {
            if (days.Length != 1)
            {
                errors.Add(at, $"'recurring' in {where}: a window ending on another day starts on one day, e.g. \"Fri 18:00-Mon 06:00\"");
                return null;
            }

            return new WeeklySpanSchedule(days[0]!.Value, start.Value, last, end.Value, zone);
        }

        return new RecurringSchedule(days.Select(d => d!.Value).ToHashSet(), start.Value, end.Value, zone);
    }

    private DateTimeOffset? Local((string Value, Mark At) text, TimeZoneInfo zone, string where, string key)
    {
        if (!DateTime.TryParseExact(text.Value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            errors.Add(text.At, $"'{key}' in {where} must be a local date and time like 2026-11-27 00:00 (in the window's timeZone), got '{text.Value}'");
            return null;
        }

        if (zone.IsInvalidTime(local))
        {
            errors.Add(text.At, $"'{key}' in {where}: {text.Value} does not exist in {zone.Id} (the clocks skip it)");
            return null;
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static DayOfWeek? Day(string name) =>
        Array.IndexOf(DayNames, name.ToLowerInvariant()) is var index and >= 0 ? (DayOfWeek)index : null;

    private static TimeOnly? Time(string text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    [GeneratedRegex(@"^(?<days>[A-Za-z]{3}(?:\s*,\s*[A-Za-z]{3})*)\s+(?<start>\d{2}:\d{2})\s*[-–]\s*(?:(?<endDay>[A-Za-z]{3})\s+)?(?<end>\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex RecurringPattern();
}
