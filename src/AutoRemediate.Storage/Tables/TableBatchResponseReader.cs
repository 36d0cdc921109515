using System.Globalization;

namespace AutoRemediate.Storage.Tables;

/// <summary>
/// Reads the embedded HTTP responses out of a $batch response. Parts are found by their status lines rather than by
/// nesting boundaries, which tolerates the small differences between the service and Azurite.
/// </summary>
internal static class TableBatchResponseReader
{
    public static IReadOnlyList<TableBatchResponsePart> Read(string content)
    {
        var parts = new List<TableBatchResponsePart>();
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("HTTP/1.", StringComparison.Ordinal))
            {
                continue;
            }

            var status = int.Parse(lines[i].Split(' ')[1], CultureInfo.InvariantCulture);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            i++;
            for (; i < lines.Length && lines[i].Length > 0; i++)
            {
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
                }
            }

            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("--", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            i--;
            parts.Add(new TableBatchResponsePart(status, headers, string.Join('\n', body).Trim()));
        }

        return parts;
    }
}
