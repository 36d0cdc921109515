using System.Globalization;

namespace AutoRemediate.Storage.Toil;

/// <summary>
/// The ledger table's keys: one partition per UTC day and kind (<c>o-20261121</c> occurrences, <c>m-20261121</c>
/// manual entries), so a 30-day window is one range scan over 30 partitions and never touches other days. The
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

    /// <summary>The filter for the day partitions of [from, to) with <paramref name="manual"/> or occurrence rows.</summary>
    public static string DayRange(DateTimeOffset from, DateTimeOffset to, bool manual)
    {
        var prefix = manual ? ManualPrefix : OccurrencePrefix;
        var lastDay = to.UtcDateTime.TimeOfDay == TimeSpan.Zero ? to.AddDays(-1) : to;
        return Tables.TableFilter.Create($"PartitionKey ge {prefix + Day(from)} and PartitionKey le {prefix + Day(lastDay)}");
    }

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
