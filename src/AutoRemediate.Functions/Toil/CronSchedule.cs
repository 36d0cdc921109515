using System.Diagnostics.CodeAnalysis;
using NCrontab;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// A six-field cron schedule in UTC as Azure Functions timers read it (NCRONTAB: second minute hour day month
/// day-of-week), so the self-hosted scheduler and the Functions host fire at the same times. Parsed by NCrontab with
/// seconds, the library and options the Functions timer trigger itself uses: ranges, steps, lists and names (MON, JAN)
/// mean the same in both hosts.
/// </summary>
internal sealed class CronSchedule
{
    private static readonly (string Name, CrontabFieldKind Kind)[] Fields =
    [
        ("second", CrontabFieldKind.Second), ("minute", CrontabFieldKind.Minute), ("hour", CrontabFieldKind.Hour),
        ("day", CrontabFieldKind.Day), ("month", CrontabFieldKind.Month), ("day of week", CrontabFieldKind.DayOfWeek),
    ];

    private static readonly CrontabSchedule.ParseOptions WithSeconds = new() { IncludingSeconds = true };

    /// <summary>How far <see cref="Next"/> looks before it gives up (a schedule such as 30 February never fires).</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(5 * 366);

    private readonly CrontabSchedule _schedule;

    private CronSchedule(CrontabSchedule schedule, string text)
    {
        _schedule = schedule;
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

        // Field by field first, so the message names the field as the setting's reader knows it.
        for (var i = 0; i < Fields.Length; i++)
        {
            var (name, kind) = Fields[i];
            if (parts[i].Split(',').Any(item => item.Split('/') is [_, var step] && step.Trim('0').Length == 0))
            {
                // NCrontab takes a zero step without complaint; it can only be a typing mistake.
                error = $"{name} field '{parts[i]}' is not valid: a step must be at least 1";
                return false;
            }

            if (CrontabField.TryParse(kind, parts[i], field => (string?)null, problem => problem().Message) is { } fieldError)
            {
                error = $"{name} field '{parts[i]}' is not valid: {fieldError}";
                return false;
            }
        }

        var parsed = CrontabSchedule.TryParse(string.Join(' ', parts), WithSeconds);
        if (parsed is null)
        {
            error = "is not a valid NCRONTAB expression";
            return false;
        }

        schedule = new CronSchedule(parsed, text!.Trim());
        error = string.Empty;
        return true;
    }

    public static CronSchedule Parse(string text) =>
        TryParse(text, out var schedule, out var error) ? schedule : throw new FormatException($"Cron schedule '{text}': {error}");

    /// <summary>The first matching second strictly after <paramref name="after"/>; null when none within five years.</summary>
    public DateTimeOffset? Next(DateTimeOffset after)
    {
        var start = after.UtcDateTime;
        var end = start + Horizon;
        var next = _schedule.GetNextOccurrence(start, end);
        return next < end ? new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc), TimeSpan.Zero) : null;
    }

    public override string ToString() => Text;
}
