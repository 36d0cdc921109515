using AutoRemediate.Core.Audit;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Audit;

/// <summary>The anchor side of the table log: finding a chain's day, advancing its anchor, and verifying against it.</summary>
internal sealed partial class AzureTableAuditLog
{
    public async Task<AuditDayReport> VerifyDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var anchors = new Dictionary<string, AuditAnchor>(StringComparer.Ordinal);
        await foreach (var anchor in _anchors.ListAsync(day, cancellationToken).ConfigureAwait(false))
        {
            anchors[anchor.RemediationId] = anchor;
        }

        // Chains that began that day, from the derived index: finds a chain whose anchor was deleted, and legacy chains.
        var ids = new SortedSet<string>(anchors.Keys, StringComparer.Ordinal);
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AuditKeys.DayPartition(start)} and Sequence eq {1L}");
        await foreach (var row in _index.QueryAsync(filter, ["RemediationId"], cancellationToken).ConfigureAwait(false))
        {
            if (row.ReadString("RemediationId") is { Length: > 0 } id)
            {
                ids.Add(id);
            }
        }

        var reports = new List<AuditVerificationReport>(ids.Count);
        foreach (var id in ids)
        {
            var stored = await AuditPartitionReader.ReadAsync(_chains, id, cancellationToken).ConfigureAwait(false);
            reports.Add(Verify(id, stored, anchors.GetValueOrDefault(id), anchorLooked: true));
        }

        return new AuditDayReport(day, reports);
    }

    private AuditVerificationReport Verify(string remediationId, StoredChain stored, AuditAnchor? anchor, bool anchorLooked)
    {
        var report = AuditChainVerifier.Verify(remediationId, stored.Records, stored.Head, _keys);
        if (anchorLooked)
        {
            report = AuditChainVerifier.CheckAnchor(report, stored.Records, anchor, _keys);
        }

        if (stored.Problems.Count > 0)
        {
            report = report with { Problems = [.. stored.Problems, .. report.Problems] };
        }

        if (!report.IsIntact)
        {
            AuditStoreLog.VerificationFailed(_logger, remediationId, report.Problems.Count, report.Problems[0].Kind.ToString());
        }

        return report;
    }

    private async Task AnchorAsync(string remediationId, DateOnly day, AuditHead head, CancellationToken cancellationToken)
    {
        var behind = await _anchors.AdvanceAsync(remediationId, day, head, cancellationToken).ConfigureAwait(false);
        if (behind > 1)
        {
            AuditStoreLog.AnchorHealed(_logger, remediationId, behind - 1);
        }
    }

    /// <summary>
    /// The day the chain is anchored under: noted in the head; for a new chain the first record's day; for a chain
    /// begun before anchoring (its head has no note) the day of its stored first record.
    /// </summary>
    private async Task<DateOnly> AnchorDayAsync(string partition, TableEntity? head, AuditRecord record, CancellationToken cancellationToken)
    {
        if (head is null || record.Sequence == 1)
        {
            return AuditAnchor.DayOf(record.Time);
        }

        if (AuditKeys.ParseDay(head.ReadString(AuditKeys.AnchorDayColumn)) is { } noted)
        {
            return noted;
        }

        var first = await _chains.GetAsync(partition, AuditKeys.RecordRow(1), cancellationToken).ConfigureAwait(false);
        return AuditAnchor.DayOf(first?.ReadDateTimeOffset("Time") ?? record.Time);
    }
}
