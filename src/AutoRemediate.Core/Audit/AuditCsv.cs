using System.Globalization;

namespace AutoRemediate.Core.Audit;

/// <summary>
/// CSV export (RFC 4180): a header line, then one line per record; fields holding a comma, quote, CR or LF are
/// quoted with quotes doubled; lines end in CRLF. Details are one column of canonical JSON. Streams; never buffers
/// more than one record.
/// </summary>
/// <remarks>
/// Values are exported exactly as recorded (an audit export must not alter evidence), so a value starting with
/// "=", "+", "-" or "@" may be taken for a formula by spreadsheet software: open exports as text.
/// </remarks>
public static class AuditCsv
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "remediationId", "sequence", "recordId", "idempotencyKey", "kind", "time", "actorType", "actorIdentity", "actorSourceIp",
        "correlationId", "alertId", "runbook", "bindingId", "bindingVersion", "appVersion", "targetResourceId", "operation",
        "azureRequestId", "duration", "details", "summary", "previousHash", "hash", "keyId",
    ];

    /// <summary>Writes the header and every record; returns how many records were written.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<AuditRecord> records, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(Line(Columns)).ConfigureAwait(false);
        long count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(FormatRow(record)).ConfigureAwait(false);
            count++;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>One record as a CSV line, CRLF included.</summary>
    public static string FormatRow(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Line(
        [
            record.RemediationId, Number(record.Sequence), record.RecordId, record.IdempotencyKey, record.Kind.ToString(),
            AuditHashing.FormatTime(record.Time), record.Actor.Type.ToString(), record.Actor.Identity, record.Actor.SourceIp,
            record.CorrelationId, record.AlertId, record.Runbook, record.BindingId, record.BindingVersion is { } v ? Number(v) : null,
            record.AppVersion, record.TargetResourceId, record.Operation, record.AzureRequestId,
            record.Duration is { } d ? AuditHashing.FormatDuration(d) : null, DetailsJson(record.Details), record.Summary,
            record.PreviousHash, record.Hash, record.KeyId,
        ]);
    }

    /// <summary>A field as RFC 4180 wants it: quoted (quotes doubled) only when it holds a comma, quote, CR or LF.</summary>
    public static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    private static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string DetailsJson(IReadOnlyDictionary<string, string> details)
    {
        var json = new CanonicalJsonWriter().StartObject();
        foreach (var (key, value) in details.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.String(key, value);
        }

        return json.EndObject().ToString();
    }
}
