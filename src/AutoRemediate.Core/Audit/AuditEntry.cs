namespace AutoRemediate.Core.Audit;

/// <summary>
/// What a caller appends to a remediation's audit chain. The log adds the sequence number, record id and hashes
/// and returns an <see cref="AuditRecord"/>.
/// </summary>
/// <remarks>
/// Long text is cut to <see cref="AuditLimits"/> (deterministically, so a retried append computes the same
/// record). Never put secrets, tokens or connection strings in any field.
/// </remarks>
public record AuditEntry
{
    /// <summary>The remediation (the orchestration instance id); one chain per remediation.</summary>
    public required string RemediationId { get; init; }

    /// <summary>
    /// A key unique within the remediation for this fact, e.g. the orchestration's step id. The record id is derived
    /// from it, so an activity retried after a crash appends nothing new and gets the stored record back.
    /// </summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>What happened.</summary>
    public required AuditRecordKind Kind { get; init; }

    /// <summary>When it happened (stored in UTC, to 100 ns).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>Who did it.</summary>
    public required AuditActor Actor { get; init; }

    /// <summary>One human-readable sentence or paragraph.</summary>
    public required string Summary { get; init; }

    /// <summary>The id tying together logs, traces and records of one request.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The alert's id as the sender gave it.</summary>
    public string? AlertId { get; init; }

    /// <summary>The runbook's name.</summary>
    public string? Runbook { get; init; }

    /// <summary>The id of the binding that matched.</summary>
    public string? BindingId { get; init; }

    /// <summary>The binding's version.</summary>
    public int? BindingVersion { get; init; }

    /// <summary>The version of AutoRemediate that wrote the record.</summary>
    public string? AppVersion { get; init; }

    /// <summary>The Azure resource acted on.</summary>
    public string? TargetResourceId { get; init; }

    /// <summary>The operation performed, e.g. "Microsoft.Web/sites/restart/action".</summary>
    public string? Operation { get; init; }

    /// <summary>Azure's request id for the operation (x-ms-request-id), for support cases.</summary>
    public string? AzureRequestId { get; init; }

    /// <summary>How long the action took.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Further facts (e.g. each guardrail's verdict); order does not matter, keys are unique.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
}
