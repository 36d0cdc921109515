using System.Runtime.CompilerServices;

namespace AutoRemediate.Core.Audit;

/// <summary>
/// An <see cref="IAuditLog"/> in memory, for tests of the layers above the log. Same chaining, idempotency and
/// query semantics as the table log; thread-safe.
/// </summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<AuditRecord>> _chains = new(StringComparer.Ordinal);

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
            var record = AuditChain.Next(head, clean);
            chain.Add(record);
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
            var head = chain.Count == 0 ? null : new AuditHead(chain[^1].Sequence, chain[^1].Hash);
            return Task.FromResult(AuditChainVerifier.Verify(remediationId, chain.ToList(), head));
        }
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
