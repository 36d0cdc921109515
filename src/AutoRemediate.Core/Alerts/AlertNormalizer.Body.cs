using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AutoRemediate.Core.Alerts;

/// <summary>Body-level checks: size, encoding and JSON syntax, each reported with the byte or line where it fails.</summary>
public sealed partial class AlertNormalizer
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = AlertLimits.MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        // A second "alertId" could smuggle a different identity past a proxy that reads the first one.
        AllowDuplicateProperties = false,
    };

    private static JsonDocument Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new AlertPayloadException("body is empty");
        }

        if (body.Length > AlertLimits.MaxBodyBytes)
        {
            throw new AlertPayloadException(PayloadElement.Invariant($"body is {body.Length:N0} bytes; the limit is {AlertLimits.MaxBodyBytes:N0}"));
        }

        var invalidAt = FirstInvalidUtf8Byte(body);
        if (invalidAt >= 0)
        {
            var hint = body.Length >= 2 && ((body[0] == 0xFF && body[1] == 0xFE) || (body[0] == 0xFE && body[1] == 0xFF))
                ? " (it starts with a UTF-16 byte order mark; send UTF-8 JSON)"
                : string.Empty;
            throw new AlertPayloadException(
                $"body is not valid UTF-8 at byte {invalidAt.ToString(CultureInfo.InvariantCulture)} (0x{body[invalidAt]:X2}){hint}");
        }

        if (body.StartsWith(Encoding.UTF8.Preamble))
        {
            body = body[Encoding.UTF8.Preamble.Length..];
        }

        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new AlertPayloadException("body is empty (whitespace only)");
        }

        // JsonDocument needs the bytes to outlive the call; the copy is bounded by MaxBodyBytes.
        var copy = body.ToArray();
        try
        {
            return JsonDocument.Parse(copy, DocumentOptions);
        }
        catch (JsonException error)
        {
            throw new AlertPayloadException(DescribeSyntaxError(copy, error));
        }
    }

    private static int FirstInvalidUtf8Byte(ReadOnlySpan<byte> body)
    {
        var index = 0;
        while (index < body.Length)
        {
            var status = Rune.DecodeFromUtf8(body[index..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    private static string DescribeSyntaxError(ReadOnlySpan<byte> body, JsonException error)
    {
        var line = (int)(error.LineNumber ?? 0);
        var column = (int)(error.BytePositionInLine ?? 0);
        var where = $"line {(line + 1).ToString(CultureInfo.InvariantCulture)}, byte {(column + 1).ToString(CultureInfo.InvariantCulture)}";
        var message = error.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        var detail = (cut >= 0 ? message[..cut] : message).Trim();

        if (detail.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
        {
            return $"JSON is nested deeper than {AlertLimits.MaxDepth} levels at {where}";
        }

        var offset = OffsetOf(body, line, column);
        var trimmedLength = body.TrimEnd(" \t\r\n"u8).Length;
        if (offset >= trimmedLength || detail.Contains("end of data", StringComparison.OrdinalIgnoreCase)
            || detail.Contains("at the end of the JSON payload", StringComparison.OrdinalIgnoreCase))
        {
            return $"truncated JSON at {where}: the body ends inside an unfinished value";
        }

        return $"invalid JSON at {where}: {detail}";
    }

    private static int OffsetOf(ReadOnlySpan<byte> body, int line, int column)
    {
        var offset = 0;
        for (var current = 0; current < line; current++)
        {
            var next = body[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return body.Length;
            }

            offset += next + 1;
        }

        return offset + column;
    }
}
