namespace AutoRemediate.Core.Audit;

/// <summary>
/// Size limits that keep every record within one table entity (1 MiB). Longer text is cut with a visible marker;
/// too many or too long detail keys are a programming error and rejected.
/// </summary>
public static class AuditLimits
{
    /// <summary>Longest summary, in UTF-16 units, before it is cut.</summary>
    public const int MaxSummaryLength = 8_000;

    /// <summary>Longest detail value or single-line field, in UTF-16 units, before it is cut.</summary>
    public const int MaxValueLength = 4_000;

    /// <summary>Most detail entries per record.</summary>
    public const int MaxDetails = 64;

    /// <summary>Longest detail key.</summary>
    public const int MaxKeyLength = 128;

    /// <summary>Longest remediation id or idempotency key (both become parts of table keys).</summary>
    public const int MaxIdLength = 256;

    internal static string Cut(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        var marker = FormattableString.Invariant($"… [cut from {value.Length} chars]");
        var keep = max - marker.Length;
        if (char.IsHighSurrogate(value[keep - 1]))
        {
            keep--;
        }

        return string.Concat(value.AsSpan(0, keep), marker);
    }
}
