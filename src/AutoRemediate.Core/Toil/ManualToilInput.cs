using System.Globalization;
using System.Text.RegularExpressions;

namespace AutoRemediate.Core.Toil;

/// <summary>A manual toil entry as a person typed it (API body or CLI options), before validation.</summary>
/// <param name="Who">Who did the work (required, ≤ 100 characters).</param>
/// <param name="What">What they did (required, ≤ 500 characters).</param>
/// <param name="Minutes">How long it took: 1 to 10,080 (a week).</param>
/// <param name="Category">A lower-case token: letters, digits and '-', ≤ 40 characters.</param>
/// <param name="At">When it was done; default now. At most 5 minutes ahead, at most 366 days back.</param>
public sealed partial record ManualToilInput(string? Who, string? What, int? Minutes, string? Category, DateTimeOffset? At)
{
    public const int MaxWhoLength = 100;
    public const int MaxWhatLength = 500;
    public const int MaxMinutes = 7 * 24 * 60;
    public static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(366);

    /// <summary>Every problem, each naming its field; empty when the entry is valid.</summary>
    public IReadOnlyList<ToilInputError> Validate(DateTimeOffset now)
    {
        var errors = new List<ToilInputError>();
        Text(errors, "who", Who, MaxWhoLength);
        Text(errors, "what", What, MaxWhatLength);
        if (Minutes is not { } minutes)
        {
            errors.Add(new("minutes", "required: a whole number of minutes"));
        }
        else if (minutes is < 1 or > MaxMinutes)
        {
            errors.Add(new("minutes", $"must be between 1 and {MaxMinutes} (a week); got {minutes}"));
        }

        if (string.IsNullOrWhiteSpace(Category))
        {
            errors.Add(new("category", "required, e.g. 'certificates' or 'disk-cleanup'"));
        }
        else if (!CategoryPattern().IsMatch(Category))
        {
            errors.Add(new("category", "lower-case letters, digits and '-', starting with a letter or digit, at most 40 characters"));
        }

        if (At is { } at && (at > now + MaxAhead || at < now - MaxAge))
        {
            errors.Add(new("at", $"must be between {(now - MaxAge):u} and {(now + MaxAhead):u}; got {at.ToUniversalTime():u}"));
        }

        return errors;
    }

    /// <summary>The validated entry under a new id; call only when <see cref="Validate"/> found nothing.</summary>
    public ManualToilEntry ToEntry(DateTimeOffset now, string recordedBy)
    {
        var at = (At ?? now).ToUniversalTime();
        // The time prefix orders a day's entries; the random suffix keeps two logged in the same millisecond apart.
        var id = string.Create(CultureInfo.InvariantCulture, $"{at:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid().ToString("N")[..12]}");
        return new(id, Who!.Trim(), What!.Trim(), Minutes!.Value, Category!, at, now, recordedBy);
    }

    private static void Text(List<ToilInputError> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "required"));
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(new(field, $"at most {maxLength} characters"));
        }
        else if (value.Any(char.IsControl))
        {
            errors.Add(new(field, "must not contain control characters"));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryPattern();
}
