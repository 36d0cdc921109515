using System.Runtime.CompilerServices;

namespace AutoRemediate.Core.Audit;

/// <summary>
/// An <see cref="IAuditLog"/> in memory, for tests of the layers above the log. Same chaining, keying, anchoring,
/// idempotency and query semantics as the table log; thread-safe.
/// </summary>
/// <param name="keys">The audit keys; a fresh random key when omitted.</param>
public sealed class InMemoryAuditLog(AuditKeyRing? keys = null) : IAuditLog
{
    private readonly Lock _gate = new();
    private readonly AuditKeyRing _keys = keys ?? AuditKeyRing.Ephemeral();
    private readonly Dictionary<string, List<AuditRecord>> _chains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuditAnchor> _anchors = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var clean = AuditChain.Normalize(entry);
        var recordId = AuditChain.RecordIdFor(clean.RemediationId, clean.IdempotencyKey);
        lock (_gate)
        {
            if (!_chains.TryGetValue(clean.RemediationId, out var chain))
            {
                _chains[clean.RemediationId] = chain = [];
            }

            if (chain.Find(r => r.RecordId == recordId) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var head = chain.Count == 0 ? AuditHead.Empty(clean.RemediationId) : new AuditHead(chain[^1].Sequence, chain[^1].Hash);
            var record = AuditChain.Next(head, clean, _keys);
            chain.Add(record);
            _anchors[clean.RemediationId] = AuditAnchor.Create(clean.RemediationId, AuditAnchor.DayOf(chain[0].Time), new AuditHead(record.Sequence, record.Hash), _keys);
            return Task.FromResult(record);
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<AuditRecord> ReadChainAsync(string remediationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(remediationId);
        return Snapshot(records => records.Where(r => r.RemediationId == remediationId), cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<AuditRecord> QueryByResourceAsync(
        string resourceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceId);
        return Snapshot(
            records => InTimeOrder(records.Where(r => string.Equals(r.TargetResourceId, resourceId, StringComparison.OrdinalIgnoreCase)), from, to),
            cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<AuditRecord> QueryByTimeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Snapshot(records => InTimeOrder(records, from, to), cancellationToken);

    /// <inheritdoc />
    public Task<AuditVerificationReport> VerifyAsync(string remediationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(remediationId);
        lock (_gate)
        {
            var chain = _chains.GetValueOrDefault(remediationId) ?? [];
            return Task.FromResult(Verify(remediationId, chain, _anchors.GetValueOrDefault(remediationId)));
        }
    }

    /// <inheritdoc />
    public Task<AuditDayReport> VerifyDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var ids = _anchors.Values.Where(a => a.Day == day).Select(a => a.RemediationId)
                .Union(_chains.Where(c => c.Value.Count > 0 && AuditAnchor.DayOf(c.Value[0].Time) == day).Select(c => c.Key))
                .Order(StringComparer.Ordinal);
            var reports = ids.Select(id => Verify(id, _chains.GetValueOrDefault(id) ?? [], _anchors.GetValueOrDefault(id))).ToList();
            return Task.FromResult(new AuditDayReport(day, reports));
        }
    }

    private AuditVerificationReport Verify(string remediationId, List<AuditRecord> chain, AuditAnchor? anchor)
    {
        var head = chain.Count == 0 ? null : new AuditHead(chain[^1].Sequence, chain[^1].Hash);
        var records = chain.ToList();
        return AuditChainVerifier.CheckAnchor(AuditChainVerifier.Verify(remediationId, records, head, _keys), records, anchor, _keys);
    }

    private static IEnumerable<AuditRecord> InTimeOrder(IEnumerable<AuditRecord> records, DateTimeOffset from, DateTimeOffset to) =>
        records.Where(r => r.Time >= from && r.Time < to)
            .OrderBy(r => r.Time)
            .ThenBy(r => r.RemediationId, StringComparer.Ordinal)
            .ThenBy(r => r.Sequence);

    private async IAsyncEnumerable<AuditRecord> Snapshot(
        Func<IEnumerable<AuditRecord>, IEnumerable<AuditRecord>> select, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<AuditRecord> result;
        lock (_gate)
        {
            result = select(_chains.Values.SelectMany(c => c)).ToList();
        }

        foreach (var record in result)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
