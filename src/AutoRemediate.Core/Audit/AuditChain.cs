namespace AutoRemediate.Core.Audit;

/// <summary>Builds the next record of a chain; shared by every <see cref="IAuditLog"/> implementation.</summary>
public static class AuditChain
{
    /// <summary>
    /// The record id for an idempotency key: "r-" + the first 32 hex digits of SHA-256 over
    /// remediation id + "\n" + key. The same fact appended twice gets the same id.
    /// </summary>
    /// <remarks>WARNING: stored record ids (and their hashes) depend on this derivation.</remarks>
    public static string RecordIdFor(string remediationId, string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(remediationId);
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        return "r-" + AuditHashing.Sha256Hex(remediationId + "\n" + idempotencyKey)[..32];
    }

    /// <summary>
    /// The record that follows <paramref name="head"/>: sequence head.Count + 1, previous hash head.LastHash, the
    /// entry normalised (UTC time, text cut to <see cref="AuditLimits"/>, invalid UTF-16 replaced) and keyed with the
    /// ring's active key (HMAC-SHA256, format version 2). Throws <see cref="ArgumentException"/> for an entry that can
    /// never be stored.
    /// </summary>
    public static AuditRecord Next(AuditHead head, AuditEntry entry, AuditKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var record = Build(head, entry) with { KeyId = keys.ActiveKeyId };
        return record with { Hash = AuditHashing.ComputeHash(record, keys)! };
    }

    /// <summary>
    /// An unkeyed (format version 1, SHA-256) record as chains held them before keying. Nothing in the app writes
    /// these any more; tests use it to build legacy chains.
    /// </summary>
    internal static AuditRecord NextUnkeyed(AuditHead head, AuditEntry entry)
    {
        var record = Build(head, entry);
        return record with { Hash = AuditHashing.ComputeHash(record) };
    }

    private static AuditRecord Build(AuditHead head, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(head);
        var clean = Normalize(entry);
        return new AuditRecord
        {
            RemediationId = clean.RemediationId,
            IdempotencyKey = clean.IdempotencyKey,
            Kind = clean.Kind,
            Time = clean.Time,
            Actor = clean.Actor,
            Summary = clean.Summary,
            CorrelationId = clean.CorrelationId,
            AlertId = clean.AlertId,
            Runbook = clean.Runbook,
            BindingId = clean.BindingId,
            BindingVersion = clean.BindingVersion,
            AppVersion = clean.AppVersion,
            TargetResourceId = clean.TargetResourceId,
            Operation = clean.Operation,
            AzureRequestId = clean.AzureRequestId,
            Duration = clean.Duration,
            Details = clean.Details,
            Sequence = head.Count + 1,
            RecordId = RecordIdFor(clean.RemediationId, clean.IdempotencyKey),
            PreviousHash = head.LastHash,
            Hash = string.Empty,
        };
    }

    /// <summary>The entry as it will be stored; throws <see cref="ArgumentException"/> naming the offending field.</summary>
    public static AuditEntry Normalize(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(entry.Actor, nameof(entry));
        Id(entry.RemediationId, nameof(entry.RemediationId));
        Id(entry.IdempotencyKey, nameof(entry.IdempotencyKey));
        if (!Enum.IsDefined(entry.Kind))
        {
            throw new ArgumentException($"Unknown audit record kind {(int)entry.Kind}.", nameof(entry));
        }

        return entry with
        {
            Time = entry.Time.ToUniversalTime(),
            Actor = entry.Actor with { Identity = Line(entry.Actor.Identity) ?? string.Empty, SourceIp = Line(entry.Actor.SourceIp) },
            Summary = AuditLimits.Cut(AuditText.Clean(entry.Summary ?? string.Empty), AuditLimits.MaxSummaryLength),
            CorrelationId = Line(entry.CorrelationId),
            AlertId = Line(entry.AlertId),
            Runbook = Line(entry.Runbook),
            BindingId = Line(entry.BindingId),
            AppVersion = Line(entry.AppVersion),
            TargetResourceId = Line(entry.TargetResourceId),
            Operation = Line(entry.Operation),
            AzureRequestId = Line(entry.AzureRequestId),
            Details = Details(entry.Details),
        };
    }

    private static void Id(string value, string field)
    {
        if (string.IsNullOrEmpty(value) || value.Length > AuditLimits.MaxIdLength || value.Any(char.IsControl))
        {
            throw new ArgumentException($"{field} must be 1-{AuditLimits.MaxIdLength} characters without control characters.", field);
        }
    }

    private static string? Line(string? value) =>
        value is null ? null : AuditLimits.Cut(AuditText.Clean(value), AuditLimits.MaxValueLength);

    private static SortedDictionary<string, string> Details(IReadOnlyDictionary<string, string>? details)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (details is null)
        {
            return result;
        }

        if (details.Count > AuditLimits.MaxDetails)
        {
            throw new ArgumentException($"An audit record holds at most {AuditLimits.MaxDetails} details; got {details.Count}.", nameof(details));
        }

        foreach (var (key, value) in details)
        {
            if (string.IsNullOrEmpty(key) || key.Length > AuditLimits.MaxKeyLength || AuditText.Clean(key) != key)
            {
                throw new ArgumentException($"Detail key '{key}' must be 1-{AuditLimits.MaxKeyLength} characters of valid text.", nameof(details));
            }

            result[key] = AuditLimits.Cut(AuditText.Clean(value ?? string.Empty), AuditLimits.MaxValueLength);
        }

        return result;
    }
}
