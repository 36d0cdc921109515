using System.Globalization;

namespace AutoRemediate.Core.Audit;

/// <summary>
/// A chain's head as recorded outside its partition, under the day the chain began (the UTC date of its first
/// record): how many records it holds, the last one's hash, and a MAC over all of it with an audit key, so an anchor
/// can be deleted but not forged.
/// </summary>
/// <param name="RemediationId">The chain.</param>
/// <param name="Day">The UTC day of the chain's first record.</param>
/// <param name="Count">The number of records when the anchor was last advanced.</param>
/// <param name="LastHash">The hash of record <paramref name="Count"/>.</param>
/// <param name="KeyId">The audit key the MAC was computed with.</param>
/// <param name="Mac">HMAC-SHA256 (lower-case hex) over <see cref="MacText"/>.</param>
public sealed record AuditAnchor(string RemediationId, DateOnly Day, long Count, string LastHash, string KeyId, string Mac)
{
    /// <summary>An anchor for <paramref name="head"/>, keyed with the ring's active key.</summary>
    public static AuditAnchor Create(string remediationId, DateOnly day, AuditHead head, AuditKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(keys);
        var text = MacText(remediationId, day, head.Count, head.LastHash);
        return new(remediationId, day, head.Count, head.LastHash, keys.ActiveKeyId, keys.Mac(keys.ActiveKeyId, text)!);
    }

    /// <summary>The day a chain is anchored under: the UTC date of its first record's time.</summary>
    public static DateOnly DayOf(DateTimeOffset firstRecordTime) => DateOnly.FromDateTime(firstRecordTime.UtcDateTime);

    /// <summary>
    /// The text the MAC covers. WARNING: part of every stored anchor; change it only under a new version prefix.
    /// </summary>
    public static string MacText(string remediationId, DateOnly day, long count, string lastHash) =>
        "autoremediate-audit-anchor-v1\n" + remediationId + "\n" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\n"
        + count.ToString(CultureInfo.InvariantCulture) + "\n" + lastHash;

    /// <summary>The head the anchor records.</summary>
    public AuditHead Head => new(Count, LastHash);
}
