using System.Globalization;

namespace AutoRemediate.Core.Audit;

/// <summary>
/// Checks a remediation's stored records (in storage order) against their hashes, each other and an optional head,
/// and names every problem rather than stopping at the first.
/// </summary>
/// <remarks>
/// What it proves: nobody edited, inserted or deleted a record without also recomputing every later hash and the
/// head. Keyed records (HMAC-SHA256) cannot be recomputed without the audit key; unkeyed legacy records can, by anyone
/// with write access, so they are counted (<see cref="AuditVerificationReport.UnkeyedRecords"/>) and an unkeyed
/// record after a keyed one is a problem (<see cref="AuditProblemKind.Downgraded"/>). Deleting a chain's tail, or
/// the whole chain, is detected against its anchor (<see cref="CheckAnchor"/>), which lives outside the partition.
/// </remarks>
public static class AuditChainVerifier
{
    /// <summary>
    /// Verifies <paramref name="records"/>, comparing the end with <paramref name="head"/> when given; keyed records
    /// are checked with <paramref name="keys"/> (a record whose key is not there is <see cref="AuditProblemKind.UnknownKey"/>).
    /// </summary>
    public static AuditVerificationReport Verify(string remediationId, IReadOnlyList<AuditRecord> records, AuditHead? head = null, AuditKeyRing? keys = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(remediationId);
        ArgumentNullException.ThrowIfNull(records);
        var problems = new List<AuditChainProblem>();
        var seen = new HashSet<long>();
        var expectedPrevious = AuditHashing.Genesis(remediationId);
        long lastSequence = 0;
        var unkeyed = 0;
        AuditRecord? firstKeyed = null;
        foreach (var record in records)
        {
            CheckRecord(remediationId, record, keys, problems);
            if (record.KeyId is null)
            {
                unkeyed++;
                if (firstKeyed is not null)
                {
                    problems.Add(new(AuditProblemKind.Downgraded, record.Sequence, record.RecordId,
                        $"record {Name(record)} is unkeyed but follows keyed record {Name(firstKeyed)}: the chain was rewritten without the audit key"));
                }
            }
            else
            {
                firstKeyed ??= record;
            }

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

        return new AuditVerificationReport(remediationId, records.Count, head, problems) { UnkeyedRecords = unkeyed };
    }

    /// <summary>
    /// Compares a verified chain with its anchor (null when none was found) and returns the report with the anchor's
    /// problems added: a forged anchor, a chain shorter than its anchor or gone, a record that no longer matches the
    /// anchored hash, or a keyed chain without an anchor. A chain longer than its anchor is not a problem (a crash
    /// between append and anchor update; the next append heals it): <see cref="AuditVerificationReport.AnchorBehind"/>.
    /// </summary>
    public static AuditVerificationReport CheckAnchor(AuditVerificationReport report, IReadOnlyList<AuditRecord> records, AuditAnchor? anchor, AuditKeyRing? keys)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(records);
        var problems = new List<AuditChainProblem>();
        long behind = 0;
        var lastSequence = records.Count == 0 ? 0 : records.Max(r => r.Sequence);
        if (anchor is null)
        {
            if (records.FirstOrDefault(r => r.KeyId is not null) is { } keyed)
            {
                problems.Add(new(AuditProblemKind.AnchorMissing, keyed.Sequence, keyed.RecordId,
                    $"the chain holds keyed records from {Name(keyed)} on but has no anchor: the anchor was deleted, so a rewrite of the whole chain cannot be ruled out"));
            }
        }
        else if (keys?.Mac(anchor.KeyId, AuditAnchor.MacText(anchor.RemediationId, anchor.Day, anchor.Count, anchor.LastHash)) is not { } mac)
        {
            problems.Add(new(AuditProblemKind.UnknownKey, null, null,
                $"the anchor is keyed with audit key '{anchor.KeyId}', which is not configured: configure it to verify this chain"));
        }
        else if (!string.Equals(mac, anchor.Mac, StringComparison.Ordinal) || !string.Equals(anchor.RemediationId, report.RemediationId, StringComparison.Ordinal))
        {
            problems.Add(new(AuditProblemKind.AnchorInvalid, null, null, "the anchor's MAC does not verify: the anchor was forged or edited"));
        }
        else if (records.Count == 0)
        {
            problems.Add(new(AuditProblemKind.ChainMissing, 1, null,
                $"the anchor of {anchor.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} counts {Seq(anchor.Count)} record(s) but the chain holds none: it was deleted"));
        }
        else if (anchor.Count > lastSequence)
        {
            problems.Add(new(AuditProblemKind.AnchorMismatch, lastSequence + 1, null,
                $"the anchor counts {Seq(anchor.Count)} record(s) but the chain ends at {Seq(lastSequence)}: records at the end were deleted"));
        }
        else if (records.LastOrDefault(r => r.Sequence == anchor.Count) is not { } anchored || !string.Equals(anchored.Hash, anchor.LastHash, StringComparison.Ordinal))
        {
            problems.Add(new(AuditProblemKind.AnchorMismatch, anchor.Count, null,
                $"record {Seq(anchor.Count)} does not have the hash its anchor recorded: the chain was rewritten"));
        }
        else
        {
            behind = lastSequence - anchor.Count;
        }

        return problems.Count == 0
            ? report with { AnchorBehind = behind }
            : report with { Problems = [.. report.Problems, .. problems], AnchorBehind = behind };
    }

    private static void CheckRecord(string remediationId, AuditRecord record, AuditKeyRing? keys, List<AuditChainProblem> problems)
    {
        if (!string.Equals(record.RemediationId, remediationId, StringComparison.Ordinal))
        {
            problems.Add(new(AuditProblemKind.ForeignRecord, record.Sequence, record.RecordId,
                $"record {Name(record)} belongs to remediation '{record.RemediationId}', not '{remediationId}'"));
        }

        var expected = AuditHashing.ComputeHash(record, keys);
        if (expected is null)
        {
            problems.Add(new(AuditProblemKind.UnknownKey, record.Sequence, record.RecordId,
                $"record {Name(record)} is keyed with audit key '{record.KeyId}', which is not configured: it cannot be verified"));
        }
        else if (!string.Equals(expected, record.Hash, StringComparison.Ordinal))
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
