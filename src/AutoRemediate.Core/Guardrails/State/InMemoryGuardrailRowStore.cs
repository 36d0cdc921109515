using System.Globalization;

namespace AutoRemediate.Core.Guardrails.State;

/// <summary>Guardrail rows in memory with a version per row; writes are atomic under one lock. Thread-safe.</summary>
internal sealed class InMemoryGuardrailRowStore : IGuardrailRowStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<GuardrailRowKey, StoredGuardrailRow> _rows = [];
    private long _version;

    /// <inheritdoc />
    public int MaxRowsPerWrite => 100;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<GuardrailRowKey, StoredGuardrailRow>> ReadAsync(IReadOnlyCollection<GuardrailRowKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            IReadOnlyDictionary<GuardrailRowKey, StoredGuardrailRow> found = keys.Distinct()
                .Where(_rows.ContainsKey)
                .ToDictionary(k => k, k => _rows[k]);
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<bool> TryWriteAsync(IReadOnlyList<GuardrailRowWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        lock (_gate)
        {
            foreach (var write in writes)
            {
                var exists = _rows.TryGetValue(write.Key, out var stored);
                if (write.IfMatch is null ? exists : !exists || stored!.ETag != write.IfMatch)
                {
                    return Task.FromResult(false);
                }
            }

            foreach (var write in writes)
            {
                _rows[write.Key] = new StoredGuardrailRow(write.Row, "v" + (++_version).ToString(CultureInfo.InvariantCulture));
            }

            return Task.FromResult(true);
        }
    }
}
