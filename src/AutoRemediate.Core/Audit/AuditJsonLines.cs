using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace AutoRemediate.Core.Audit;

/// <summary>
/// JSON Lines export: one record per line, in the canonical form with <c>"hash"</c> appended, so an exported chain
/// can be verified offline (<see cref="ReadAsync"/> then <see cref="AuditChainVerifier"/>). Streams; never buffers
/// more than one record.
/// </summary>
public static class AuditJsonLines
{
    /// <summary>One record as a line (without the line break).</summary>
    public static string Format(AuditRecord record) => AuditHashing.Write(record, includeHash: true);

    /// <summary>Writes each record as a line ending in "\n"; returns how many were written.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<AuditRecord> records, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(writer);
        long count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(Format(record)).ConfigureAwait(false);
            await writer.WriteAsync('\n').ConfigureAwait(false);
            count++;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Reads records back from JSON Lines, skipping blank lines.</summary>
    public static async IAsyncEnumerable<AuditRecord> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(line, number);
            }
        }
    }

    /// <summary>Parses one line; throws <see cref="FormatException"/> naming the line for anything malformed.</summary>
    public static AuditRecord Parse(string line, int lineNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var actor = root.GetProperty("actor");
            return new AuditRecord
            {
                RemediationId = Required(root, "remediationId"),
                Sequence = root.GetProperty("sequence").GetInt64(),
                RecordId = Required(root, "recordId"),
                IdempotencyKey = Required(root, "idempotencyKey"),
                Kind = Enum.Parse<AuditRecordKind>(Required(root, "kind")),
                Time = DateTimeOffset.ParseExact(Required(root, "time"), AuditHashing.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                Actor = new AuditActor(Enum.Parse<AuditActorType>(Required(actor, "type")), Required(actor, "identity"), Optional(actor, "sourceIp")),
                CorrelationId = Optional(root, "correlationId"),
                AlertId = Optional(root, "alertId"),
                Runbook = Optional(root, "runbook"),
                BindingId = Optional(root, "bindingId"),
                BindingVersion = root.GetProperty("bindingVersion") is { ValueKind: JsonValueKind.Number } v ? v.GetInt32() : null,
                AppVersion = Optional(root, "appVersion"),
                TargetResourceId = Optional(root, "targetResourceId"),
                Operation = Optional(root, "operation"),
                AzureRequestId = Optional(root, "azureRequestId"),
                Duration = Optional(root, "duration") is { } d ? TimeSpan.ParseExact(d, "c", CultureInfo.InvariantCulture) : null,
                Details = root.GetProperty("details").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal),
                Summary = Required(root, "summary"),
                PreviousHash = Required(root, "previousHash"),
                Hash = Required(root, "hash"),
                KeyId = Optional(root, "keyId"),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new FormatException($"Line {lineNumber.ToString(CultureInfo.InvariantCulture)} is not an audit record: {e.Message}", e);
        }
    }

    private static string Required(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null.");

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
