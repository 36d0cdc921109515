using System.Globalization;
using AutoRemediate.Storage.Stores;

namespace AutoRemediate.Storage.Audit;

/// <summary>
/// Keys of the audit tables. Chain table: PartitionKey = escaped remediation id; RowKey = the sequence as 19 digits
/// for records, "id-{recordId}" for the idempotency index, "~head" for the head (digits &lt; "id-" &lt; "~head").
/// Index table: PartitionKey "res|{escaped lower-case resource id}" or "day|yyyyMMdd"; RowKey = time ticks (19
/// digits) + "|" + escaped remediation id + "|" + sequence (19 digits), so a partition reads in time order.
/// </summary>
/// <remarks>WARNING: changing any key format orphans stored chains (they stay verifiable, but are no longer found).</remarks>
internal static class AuditKeys
{
    public const string HeadRowKey = "~head";
    public const string IdPrefix = "id-";

    /// <summary>The head row's note of the day its chain is anchored under (yyyy-MM-dd).</summary>
    public const string AnchorDayColumn = "AnchorDay";

    public static string Partition(string remediationId) => TableKeyText.Escape(remediationId);

    public static string RecordRow(long sequence) => sequence.ToString("D19", CultureInfo.InvariantCulture);

    public static string IdRow(string recordId) => IdPrefix + recordId;

    public static bool IsRecordRow(string rowKey) => rowKey != HeadRowKey && !rowKey.StartsWith(IdPrefix, StringComparison.Ordinal);

    public static string ResourcePartition(string resourceId) => "res|" + TableKeyText.Escape(resourceId.ToLowerInvariant());

    public static string DayPartition(DateTimeOffset time) => "day|" + time.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string IndexRow(DateTimeOffset time, string remediationId, long sequence) =>
        TimeKey(time) + "|" + TableKeyText.Escape(remediationId) + "|" + sequence.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The anchor table's partition of a day: yyyyMMdd.</summary>
    public static string AnchorPartition(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string FormatDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The smallest index row key at <paramref name="time"/>: rows at or after it sort at or after this.</summary>
    public static string TimeKey(DateTimeOffset time) => time.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
