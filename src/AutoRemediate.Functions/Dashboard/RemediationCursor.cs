using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// Where the next page of the remediation list starts: the last shown remediation's position in the list's order
/// (sort key, its value, created time, instance id). A position rather than an offset, so remediations that arrive
/// while someone pages never push a row onto the next page twice.
/// </summary>
internal sealed record RemediationCursor(string Key, string? Value, DateTimeOffset CreatedAt, string InstanceId)
{
    public const int MaxLength = 4096;

    public static RemediationCursor After(RemediationSort sort, RemediationListItem item)
    {
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentNullException.ThrowIfNull(item);
        return new RemediationCursor(sort.Key, sort.ValueOf(item), item.CreatedAt, item.InstanceId);
    }

    /// <summary>Reads a cursor this list wrote for <paramref name="sort"/>; anything else is null.</summary>
    public static RemediationCursor? Parse(string text, RemediationSort sort)
    {
        ArgumentNullException.ThrowIfNull(sort);
        if (text.Length > MaxLength || !Base64Url.IsValid(text))
        {
            return null;
        }

        try
        {
            var cursor = JsonSerializer.Deserialize<RemediationCursor>(Base64Url.DecodeFromChars(text));
            var valid = cursor is { InstanceId.Length: > 0 } && cursor.Key == sort.Key
                && (sort.Key != RemediationSort.Severity || cursor.Value is null || int.TryParse(cursor.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _));
            return valid ? cursor : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this)));

    /// <summary>Whether <paramref name="item"/> comes after this position in <paramref name="sort"/>'s order.</summary>
    public bool Precedes(RemediationListItem item, RemediationSort sort)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(sort);
        return sort.Compare(Value, CreatedAt, InstanceId, sort.ValueOf(item), item.CreatedAt, item.InstanceId) < 0;
    }
}
