using AutoRemediate.Core.Audit;

namespace AutoRemediate.Core.Tests.Support;

/// <summary>Builds audit entries and chains in one line.</summary>
internal static class TestAudit
{
    public const string Remediation = "am-0123456789abcdef0123456789abcdef";

    public static readonly DateTimeOffset Start = new(2026, 11, 20, 3, 12, 45, TimeSpan.Zero);

    public static AuditEntry Entry(
        string key = "step-1",
        AuditRecordKind kind = AuditRecordKind.Received,
        DateTimeOffset? time = null,
        string remediation = Remediation,
        string? resource = null,
        string summary = "Alert received") =>
        new()
        {
            RemediationId = remediation,
            IdempotencyKey = key,
            Kind = kind,
            Time = time ?? Start,
            Actor = AuditActor.System("orchestrator"),
            Summary = summary,
            TargetResourceId = resource,
        };

    /// <summary>A valid chain of <paramref name="count"/> records, one minute apart.</summary>
    public static List<AuditRecord> Chain(int count, string remediation = Remediation)
    {
        var records = new List<AuditRecord>();
        var head = AuditHead.Empty(remediation);
        for (var i = 1; i <= count; i++)
        {
            var record = AuditChain.Next(head, Entry($"step-{i}", AuditRecordKind.ActionStarted, Start.AddMinutes(i), remediation, summary: $"step {i}"));
            records.Add(record);
            head = new AuditHead(record.Sequence, record.Hash);
        }

        return records;
    }

    public static AuditHead HeadOf(IReadOnlyList<AuditRecord> chain) => new(chain[^1].Sequence, chain[^1].Hash);

    public static AuditVerificationReport Verify(IReadOnlyList<AuditRecord> records, AuditHead? head = null) =>
        AuditChainVerifier.Verify(Remediation, records, head);
}
