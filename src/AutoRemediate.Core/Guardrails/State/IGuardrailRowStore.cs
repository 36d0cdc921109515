namespace AutoRemediate.Core.Guardrails.State;

/// <summary>
/// The persistence a <see cref="GuardrailStateStore"/> needs: read rows with their versions, and write a set of
/// rows all-or-nothing, each conditional on its version. Implemented over one Azure table partition and in memory.
/// </summary>
internal interface IGuardrailRowStore
{
    /// <summary>The most rows one <see cref="TryWriteAsync"/> accepts.</summary>
    int MaxRowsPerWrite { get; }

    /// <summary>Reads the rows that exist among <paramref name="keys"/>.</summary>
    Task<IReadOnlyDictionary<GuardrailRowKey, StoredGuardrailRow>> ReadAsync(IReadOnlyCollection<GuardrailRowKey> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes every row or none: false (nothing written) when any row's version no longer matches its
    /// <see cref="GuardrailRowWrite.IfMatch"/> or a row to create already exists.
    /// </summary>
    Task<bool> TryWriteAsync(IReadOnlyList<GuardrailRowWrite> writes, CancellationToken cancellationToken);
}
