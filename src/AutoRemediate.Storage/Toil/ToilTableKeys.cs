using System.Globalization;

namespace AutoRemediate.Storage.Toil;

/// <summary>
/// The ledger table's keys: one partition per UTC day and kind (<c>o-20261121</c> occurrences, <c>m-20261121</c>
/// manual entries), so a 30-day window is 30 single-partition queries (the cheapest query the Table service has)
/// and never touches other days. The
/// report table holds reports under <c>report</c> and window claims under <c>claim</c>, keyed by window id.
/// </summary>
internal static class ToilTableKeys
{
    public const string ReportPartition = "report";
    public const string ClaimPartition = "claim";
    private const string OccurrencePrefix = "o-";
    private const string ManualPrefix = "m-";

    public static string OccurrencePartition(DateTimeOffset occurredAt) => OccurrencePrefix + Day(occurredAt);

    public static string ManualPartition(DateTimeOffset at) => ManualPrefix + Day(at);

    /// <summary>The partitions holding [from, to) of manual or occurrence rows, oldest day first.</summary>
    public static IEnumerable<string> DayPartitions(DateTimeOffset from, DateTimeOffset to, bool manual)
    {
        var prefix = manual ? ManualPrefix : OccurrencePrefix;
        for (var day = from.UtcDateTime.Date; day < to.UtcDateTime; day = day.AddDays(1))
        {
            yield return prefix + Day(new DateTimeOffset(day, TimeSpan.Zero));
        }
    }

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
