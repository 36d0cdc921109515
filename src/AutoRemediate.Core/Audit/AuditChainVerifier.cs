using System.Globalization;

namespace AutoRemediate.Core.Audit;

/// <summary>
/// Checks a remediation's stored records (in storage order) against their hashes, each other and an optional head,
/// and names every problem rather than stopping at the first.
/// </summary>
/// <remarks>
/// What it proves: nobody edited, inserted or deleted a record without also recomputing every later hash and the
/// head. A writer with full storage access can rewrite a whole tail consistently; keep a copy of heads elsewhere
/// (e.g. exported daily) and pass it as <c>head</c> to detect that too.
/// </remarks>
public static class AuditChainVerifier
{
    /// <summary>Verifies <paramref name="records"/>, comparing the end with <paramref name="head"/> when given.</summary>
    public static AuditVerificationReport Verify(string remediationId, IReadOnlyList<AuditRecord> records, AuditHead? head = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(remediationId);
        ArgumentNullException.ThrowIfNull(records);
        var problems = new List<AuditChainProblem>();
        var seen = new HashSet<long>();
        var expectedPrevious = AuditHashing.Genesis(remediationId);
        long lastSequence = 0;
        foreach (var record in records)
        {
            CheckRecord(remediationId, record, problems);
            CheckSequence(record, lastSequence, seen, problems);
            if (!string.Equals(record.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                var after = lastSequence == 0 ? "the chain's start (genesis)" : $"record {Seq(lastSequence)}";
                problems.Add(new(AuditProblemKind.BrokenLink, record.Sequence, record.RecordId,
                    $"record {Name(record)} does not link to {after}: a record was inserted before it, or its predecessor was deleted or replaced"));
            }

            expectedPrevious = record.Hash;
            lastSequence = Math.Max(lastSequence, record.Sequence);
        }

        if (head is not null)
        {
            CheckHead(records, head, expectedPrevious, problems);
        }

        return new AuditVerificationReport(remediationId, records.Count, head, problems);
    }

    private static void CheckRecord(string remediationId, AuditRecord record, List<AuditChainProblem> problems)
    {
        if (!string.Equals(record.RemediationId, remediationId, StringComparison.Ordinal))
        {
            problems.Add(new(AuditProblemKind.ForeignRecord, record.Sequence, record.RecordId,
                $"record {Name(record)} belongs to remediation '{record.RemediationId}', not '{remediationId}'"));
        }

        if (!string.Equals(AuditHashing.ComputeHash(record), record.Hash, StringComparison.Ordinal))
        {
            problems.Add(new(AuditProblemKind.ContentAltered, record.Sequence, record.RecordId,
                $"record {Name(record)} was edited: its content no longer matches its hash"));
        }

        if (!string.IsNullOrEmpty(record.IdempotencyKey)
            && !string.Equals(AuditChain.RecordIdFor(record.RemediationId, record.IdempotencyKey), record.RecordId, StringComparison.Ordinal))
        {
            problems.Add(new(AuditProblemKind.RecordIdMismatch, record.Sequence, record.RecordId,
                $"record {Name(record)} has an id that does not derive from its idempotency key '{record.IdempotencyKey}'"));
        }
    }

    private static void CheckSequence(AuditRecord record, long lastSequence, HashSet<long> seen, List<AuditChainProblem> problems)
    {
        if (!seen.Add(record.Sequence))
        {
            problems.Add(new(AuditProblemKind.DuplicateSequence, record.Sequence, record.RecordId,
                $"sequence {Seq(record.Sequence)} appears more than once; record {Name(record)} is an inserted copy or forgery"));
        }
        else if (record.Sequence > lastSequence + 1)
        {
            var range = record.Sequence == lastSequence + 2 ? Seq(lastSequence + 1) : $"{Seq(lastSequence + 1)}-{Seq(record.Sequence - 1)}";
            problems.Add(new(AuditProblemKind.SequenceGap, lastSequence + 1, null,
                $"record(s) {range} are missing before record {Name(record)}: deleted"));
        }
    }

    private static void CheckHead(IReadOnlyList<AuditRecord> records, AuditHead head, string lastHash, List<AuditChainProblem> problems)
    {
        var lastSequence = records.Count == 0 ? 0 : records.Max(r => r.Sequence);
        if (head.Count > lastSequence)
        {
            var range = head.Count == lastSequence + 1 ? Seq(head.Count) : $"{Seq(lastSequence + 1)}-{Seq(head.Count)}";
            problems.Add(new(AuditProblemKind.HeadMismatch, lastSequence + 1, null,
                $"the head counts {Seq(head.Count)} record(s) but the chain ends at {Seq(lastSequence)}: record(s) {range} at the end were deleted"));
        }
        else if (head.Count < lastSequence)
        {
            problems.Add(new(AuditProblemKind.HeadMismatch, head.Count + 1, null,
                $"the head counts {Seq(head.Count)} record(s) but the chain reaches {Seq(lastSequence)}: records after {Seq(head.Count)} were added without the head"));
        }
        else if (!string.Equals(head.LastHash, lastHash, StringComparison.Ordinal))
        {
            var last = records.Count == 0 ? null : records[^1];
            problems.Add(new(AuditProblemKind.HeadMismatch, last?.Sequence, last?.RecordId,
                $"the head's last hash does not match the last record{(last is null ? string.Empty : " " + Name(last))}: the end of the chain was replaced"));
        }
    }

    private static string Name(AuditRecord record) => $"{Seq(record.Sequence)} ({record.RecordId}, {record.Kind})";

    private static string Seq(long sequence) => "#" + sequence.ToString(CultureInfo.InvariantCulture);
}
