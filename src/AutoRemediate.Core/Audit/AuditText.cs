using System.Text;

namespace AutoRemediate.Core.Audit;

/// <summary>
/// Replaces unpaired UTF-16 surrogates with U+FFFD, so the text hashed is exactly the text that survives storage
/// and export (both encode UTF-8, which cannot carry a lone surrogate).
/// </summary>
internal static class AuditText
{
    public static string Clean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsSurrogate(value[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            return Replace(value);
        }

        return value;
    }

    private static string Replace(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
