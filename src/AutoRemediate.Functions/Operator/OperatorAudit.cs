using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Hosting;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// Audits operator actions: a cancellation goes into the remediation's own chain; guardrail changes (kill switch,
/// circuit-breaker resets) into the chain <see cref="ChainId"/>, readable at <c>/api/remediations/operator/timeline</c>.
/// </summary>
internal sealed class OperatorAudit(IAuditLog audit, TimeProvider time)
{
    public const string ChainId = "operator";

    public Task<AuditRecord> CancelledAsync(string instanceId, string actor, string? sourceIp, string reason, CancellationToken cancellationToken) =>
        audit.AppendAsync(
            Entry(instanceId, "operator-cancel", AuditRecordKind.Cancelled, actor, sourceIp, $"Cancelled by {actor}: {reason}", new Dictionary<string, string>(StringComparer.Ordinal) { ["reason"] = reason }),
            cancellationToken);

    public Task<AuditRecord> GuardrailChangedAsync(string action, string actor, string? sourceIp, string reason, IReadOnlyDictionary<string, string> details, CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, string>(details, StringComparer.Ordinal) { ["action"] = action, ["reason"] = reason };
        var key = $"{action}-{time.GetUtcNow().UtcTicks}-{Guid.NewGuid():N}";
        return audit.AppendAsync(Entry(ChainId, key, AuditRecordKind.OperatorAction, actor, sourceIp, $"{actor}: {action}: {reason}", all), cancellationToken);
    }

    private AuditEntry Entry(string chain, string key, AuditRecordKind kind, string actor, string? sourceIp, string summary, IReadOnlyDictionary<string, string> details) => new()
    {
        RemediationId = chain,
        IdempotencyKey = key,
        Kind = kind,
        Time = time.GetUtcNow(),
        Actor = AuditActor.User(actor, sourceIp),
        Summary = summary,
        AppVersion = HostInfo.AppVersion,
        Details = details,
    };
}
