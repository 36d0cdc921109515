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
            var record = AuditChain.NextUnkeyed(head, Entry($"step-{i}", AuditRecordKind.ActionStarted, Start.AddMinutes(i), remediation, summary: $"step {i}"));
            records.Add(record);
            head = new AuditHead(record.Sequence, record.Hash);
        }

        return records;
    }

    /// <summary>Audit keys "k1" (active) and "k0", fixed bytes so tests are repeatable.</summary>
    public static AuditKeyRing Keys(string active = "k1", params string[] ids) =>
        new(active, (ids.Length == 0 ? ["k0", "k1"] : ids).ToDictionary(id => id, id => Enumerable.Repeat((byte)id[^1], 32).ToArray()));

    /// <summary>A keyed chain of <paramref name="count"/> records, one minute apart, appended after <paramref name="before"/>.</summary>
    public static List<AuditRecord> KeyedChain(int count, AuditKeyRing keys, IReadOnlyList<AuditRecord>? before = null)
    {
        var records = before?.ToList() ?? [];
        var head = records.Count == 0 ? AuditHead.Empty(Remediation) : HeadOf(records);
        for (var i = records.Count + 1; records.Count < (before?.Count ?? 0) + count; i++)
        {
            var record = AuditChain.Next(head, Entry($"step-{i}", AuditRecordKind.ActionStarted, Start.AddMinutes(i), summary: $"step {i}"), keys);
            records.Add(record);
            head = new AuditHead(record.Sequence, record.Hash);
        }

        return records;
    }

    public static AuditHead HeadOf(IReadOnlyList<AuditRecord> chain) => new(chain[^1].Sequence, chain[^1].Hash);

    public static AuditVerificationReport Verify(IReadOnlyList<AuditRecord> records, AuditHead? head = null) =>
        AuditChainVerifier.Verify(Remediation, records, head);
}
