using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Core.Audit;

/// <summary>The canonical form of a record and the hashes (HMAC-SHA256 keyed, or legacy SHA-256) that chain records together.</summary>
/// <remarks>
/// WARNING: the canonical form (property names and order, null handling, the time and duration formats, details
/// sorted by ordinal key), the UTF-8 encoding, SHA-256, lower-case hex and the genesis text are all part of every
/// stored hash. Changing any of them makes every existing chain fail verification. To evolve the format, add a new
/// version ("v") and keep computing old records with the old one. Version 1 (unkeyed, SHA-256) is what chains held
/// before keying; version 2 adds <c>"keyId"</c> after <c>"v"</c> and is hashed with HMAC-SHA256 under that key.
/// </remarks>
public static class AuditHashing
{
    /// <summary>The canonical form's version of an unkeyed record, written first in it.</summary>
    public const int FormatVersion = 1;

    /// <summary>The canonical form's version of a keyed record (<see cref="AuditRecord.KeyId"/> set).</summary>
    public const int KeyedFormatVersion = 2;

    /// <summary>UTC with exactly 7 fractional digits, e.g. 2026-11-20T03:12:45.0000000Z.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The first record's <see cref="AuditRecord.PreviousHash"/>: SHA-256 of "autoremediate-audit-genesis-v1\n" + remediation id.</summary>
    public static string Genesis(string remediationId)
    {
        ArgumentNullException.ThrowIfNull(remediationId);
        return Sha256Hex("autoremediate-audit-genesis-v1\n" + remediationId);
    }

    /// <summary>The unkeyed hash: SHA-256 over the UTF-8 of <see cref="CanonicalJson"/> (what a version 1 record carries).</summary>
    public static string ComputeHash(AuditRecord record) => Sha256Hex(CanonicalJson(record));

    /// <summary>
    /// The hash <paramref name="record"/> should carry: HMAC-SHA256 with its <see cref="AuditRecord.KeyId"/> over the
    /// canonical form, or SHA-256 for an unkeyed record; null when its key is not in <paramref name="keys"/>.
    /// </summary>
    public static string? ComputeHash(AuditRecord record, AuditKeyRing? keys)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.KeyId is null ? ComputeHash(record) : keys?.Mac(record.KeyId, CanonicalJson(record));
    }

    /// <summary>
    /// The record as deterministic JSON: fixed property order, every property present (null when absent), no
    /// whitespace, times as <see cref="TimeFormat"/>, details sorted by key; <see cref="AuditRecord.Hash"/> excluded.
    /// </summary>
    public static string CanonicalJson(AuditRecord record) => Write(record, includeHash: false);

    /// <summary>A time in the canonical format.</summary>
    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>A duration in the canonical format: the invariant constant ("c") format, e.g. 00:01:02.5000000.</summary>
    public static string FormatDuration(TimeSpan duration) => duration.ToString("c", CultureInfo.InvariantCulture);

    /// <summary>The canonical form with the hash appended (one JSON Lines line of an export).</summary>
    internal static string Write(AuditRecord record, bool includeHash)
    {
        ArgumentNullException.ThrowIfNull(record);
        // WARNING: property order and names are part of the hash.
        var json = new CanonicalJsonWriter().StartObject()
            .Number("v", record.KeyId is null ? FormatVersion : KeyedFormatVersion);
        if (record.KeyId is not null)
        {
            json.String("keyId", record.KeyId);
        }

        json.String("remediationId", record.RemediationId)
            .Number("sequence", record.Sequence)
            .String("recordId", record.RecordId)
            .String("idempotencyKey", record.IdempotencyKey)
            .String("kind", record.Kind.ToString())
            .String("time", FormatTime(record.Time))
            .StartObject("actor")
            .String("type", record.Actor.Type.ToString())
            .String("identity", record.Actor.Identity)
            .String("sourceIp", record.Actor.SourceIp)
            .EndObject()
            .String("correlationId", record.CorrelationId)
            .String("alertId", record.AlertId)
            .String("runbook", record.Runbook)
            .String("bindingId", record.BindingId)
            .Number("bindingVersion", record.BindingVersion)
            .String("appVersion", record.AppVersion)
            .String("targetResourceId", record.TargetResourceId)
            .String("operation", record.Operation)
            .String("azureRequestId", record.AzureRequestId)
            .String("duration", record.Duration is { } d ? FormatDuration(d) : null)
            .StartObject("details");
        foreach (var (key, value) in record.Details.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.String(key, value);
        }

        json.EndObject()
            .String("summary", record.Summary)
            .String("previousHash", record.PreviousHash);
        if (includeHash)
        {
            json.String("hash", record.Hash);
        }

        return json.EndObject().ToString();
    }

    internal static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
