using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Storage.Stores;

/// <summary>
/// Turns arbitrary text (resource ids, runbook names) into a table key part: the characters Azure forbids in keys
/// (/ \ # ?, control characters) and the separators "~" and "|" are written as "~XX" (hex), so parts joined with
/// "|" stay unambiguous. Text that would exceed <see cref="MaxLength"/> keeps a prefix and ends in "~~" plus 32 hex
/// digits of its SHA-256, so long ids still map to distinct keys within Azure's 1 KiB key limit.
/// </summary>
internal static class TableKeyText
{
    public const int MaxLength = 400;

    public static string Escape(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '~' or '|' || char.IsControl(c))
            {
                builder.Append('~').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length <= MaxLength)
        {
            return builder.ToString();
        }

        // "~~" never occurs in escaped text ("~" is always followed by hex), so hashed keys cannot collide with plain ones.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];
        return builder.ToString(0, MaxLength - 34) + "~~" + hash;
    }
}
