using System.Globalization;
using System.Text.RegularExpressions;

namespace AutoRemediate.Core.Bindings;

/// <summary>
/// Parses binding durations: the short form <c>90s</c>, <c>30m</c>, <c>2h</c>, <c>1d</c>, <c>1h30m</c>, or ISO 8601
/// <c>PT30M</c>, <c>P1D</c>, <c>PT1H30M</c>. Months and years are refused (their length is ambiguous) and so is zero.
/// </summary>
internal static partial class DurationParser
{
    public const string Expected = "a duration like 30m, 2h, 1h30m or PT30M";

    public static TimeSpan? TryParse(string text)
    {
        var match = ShortForm().Match(text);
        if (!match.Success || match.Length == 0)
        {
            match = IsoForm().Match(text);
        }

        if (!match.Success || match.Groups.Values.Skip(1).All(g => !g.Success))
        {
            return null;
        }

        long Part(string name) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = (((((Part("d") * 24) + Part("h")) * 60) + Part("m")) * 60) + Part("s");
        return seconds is > 0 and <= 366L * 24 * 3600 ? TimeSpan.FromSeconds(seconds) : null;
    }

    [GeneratedRegex(@"^(?:(?<d>\d{1,4})d)?(?:(?<h>\d{1,5})h)?(?:(?<m>\d{1,6})m)?(?:(?<s>\d{1,7})s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortForm();

    [GeneratedRegex(@"^P(?:(?<d>\d{1,4})D)?(?:T(?:(?<h>\d{1,5})H)?(?:(?<m>\d{1,6})M)?(?:(?<s>\d{1,7})S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoForm();
}
