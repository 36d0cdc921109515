using System.Globalization;
using System.Text;

namespace AutoRemediate.Storage.Durable;

/// <summary>
/// Keys of the instance table. The partition key is the instance id with the characters Azure forbids in keys
/// (/ \ # ? and control characters) written as "~XX" (hex), and "~" itself escaped, so the encoding is reversible.
/// Row keys: "h" + 16 hex digits for history, "i" + encoded message id for the inbox, "~state" for the state row,
/// which sorts after both so "RowKey lt '~'" reads history and inbox without the state.
/// </summary>
internal static class InstanceKeys
{
    public const string StateRowKey = "~state";
    public const string HistoryPrefix = "h";
    public const string InboxPrefix = "i";

    /// <summary>Upper bound (exclusive) of the history and inbox row keys.</summary>
    public const string BeforeState = "~";

    /// <summary>Azure limits each key to 1 KiB.</summary>
    private const int MaxKeyLength = 512;

    public static string PartitionKey(string instanceId) => Encode(instanceId, "instance id");

    public static string HistoryRowKey(int sequence) => HistoryPrefix + sequence.ToString("X16", CultureInfo.InvariantCulture);

    public static string InboxRowKey(string messageId) => InboxPrefix + Encode(messageId, "inbox message id");

    public static bool IsHistory(string rowKey) => rowKey.StartsWith(HistoryPrefix, StringComparison.Ordinal);

    public static bool IsInbox(string rowKey) => rowKey.StartsWith(InboxPrefix, StringComparison.Ordinal);

    public static string Encode(string value, string what)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '~' || char.IsControl(c))
            {
                builder.Append('~').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Length <= MaxKeyLength
            ? builder.ToString()
            : throw new ArgumentException($"The {what} is too long for a table key ({builder.Length} characters once encoded, limit {MaxKeyLength}).", nameof(value));
    }

    public static string Decode(string encoded)
    {
        var builder = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '~' && i + 2 < encoded.Length)
            {
                builder.Append((char)int.Parse(encoded.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                builder.Append(encoded[i]);
            }
        }

        return builder.ToString();
    }
}
