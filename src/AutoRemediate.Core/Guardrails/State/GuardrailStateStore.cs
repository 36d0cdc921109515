namespace AutoRemediate.Core.Guardrails.State;

/// <summary>
/// <see cref="IGuardrailStateStore"/> over a row store: the read-check-write loop with optimistic concurrency,
/// shared by the Azure table store (AutoRemediate.Storage) and the in-memory store (<see cref="CreateInMemory"/>).
/// </summary>
public sealed class GuardrailStateStore : IGuardrailStateStore
{
    private readonly IGuardrailRowStore _rows;
    private readonly GuardrailStateOptions _options;

    /// <summary>Creates the store over <paramref name="rows"/>.</summary>
    internal GuardrailStateStore(IGuardrailRowStore rows, GuardrailStateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = rows;
        _options = options ?? new GuardrailStateOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxTimesPerRow, 1, nameof(options));
    }

    /// <summary>A store in memory, for tests and single-process use.</summary>
    public static GuardrailStateStore CreateInMemory(GuardrailStateOptions? options = null) => new(new InMemoryGuardrailRowStore(), options);

    /// <inheritdoc />
    public async Task<GuardrailStateSnapshot> LoadAsync(GuardrailStateQuery query, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await _rows.ReadAsync(GuardrailSnapshotBuilder.Keys(query), cancellationToken).ConfigureAwait(false);
        return GuardrailSnapshotBuilder.Build(query, now, rows, _options);
    }

    /// <inheritdoc />
    public async Task<GuardrailApplyOutcome> ApplyAsync(GuardrailStateUpdate update, string? remediationId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(update.Changes, nameof(update));
        if (remediationId is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(remediationId);
        }

        // Only a start is a decision that a changed state could invalidate; finishes, re-firings and resets are
        // facts that must land whatever happened since the snapshot.
        var expected = update.IfMatch is not null && update.Changes.Any(c => c is RunStartedChange)
            ? GuardrailStateToken.Decode(update.IfMatch)
            : null;
        return await MutateAsync(
            update.Changes.SelectMany(GuardrailTransitions.Keys).Distinct().ToList(),
            expected,
            rows => update.Changes.Aggregate(false, (any, change) => GuardrailTransitions.Apply(rows, change, remediationId, _options) | any),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<KillSwitchState> SetKillSwitchAsync(bool engaged, OperatorAction action, CancellationToken cancellationToken = default)
    {
        Validate(action);
        var state = new KillSwitchState(engaged, action.Actor, action.At, action.Reason);
        await MutateAsync([GuardrailRowKey.Global], null, rows =>
        {
            rows[GuardrailRowKey.Global] = GuardrailTransitions.Get(rows, GuardrailRowKey.Global, GlobalGuardrailRow.Empty) with { KillSwitch = state };
            return true;
        }, cancellationToken).ConfigureAwait(false);
        return state;
    }

    /// <inheritdoc />
    public async Task<CircuitBreakerState> ResetCircuitBreakerAsync(string runbook, OperatorAction action, CancellationToken cancellationToken = default)
    {
        Validate(action);
        var key = GuardrailRowKey.Runbook(runbook);
        await MutateAsync([key], null, rows =>
        {
            rows[key] = GuardrailTransitions.Get(rows, key, RunbookGuardrailRow.Empty) with { Breaker = CircuitBreakerState.Closed, LastReset = action };
            return true;
        }, cancellationToken).ConfigureAwait(false);
        return CircuitBreakerState.Closed;
    }

    private static void Validate(OperatorAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.Actor, nameof(action));
        ArgumentNullException.ThrowIfNull(action.Reason, nameof(action));
    }

    /// <summary>
    /// Read the rows, check them against the snapshot (when given), apply, write conditionally on what was read;
    /// when another host wrote in between, start over.
    /// </summary>
    private async Task<GuardrailApplyOutcome> MutateAsync(
        IReadOnlyList<GuardrailRowKey> keys,
        Dictionary<GuardrailRowKey, string>? expected,
        Func<Dictionary<GuardrailRowKey, GuardrailRow>, bool> apply,
        CancellationToken cancellationToken)
    {
        if (keys.Count > _rows.MaxRowsPerWrite)
        {
            throw new ArgumentException($"The update touches {keys.Count} rows; one atomic write holds at most {_rows.MaxRowsPerWrite} (fewer targets per run).", nameof(keys));
        }

        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            var current = await _rows.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
            var rows = current.ToDictionary(p => p.Key, p => p.Value.Row);
            if (!apply(rows))
            {
                return GuardrailApplyOutcome.AlreadyApplied;
            }

            if (expected is not null && Changed(expected, keys, current))
            {
                return GuardrailApplyOutcome.Conflict;
            }

            var writes = rows
                .Where(p => !current.TryGetValue(p.Key, out var old) || !Equals(old.Row, p.Value))
                .Select(p => new GuardrailRowWrite(p.Key, p.Value, current.TryGetValue(p.Key, out var old) ? old.ETag : null))
                .ToList();
            if (writes.Count == 0 || await _rows.TryWriteAsync(writes, cancellationToken).ConfigureAwait(false))
            {
                return GuardrailApplyOutcome.Applied;
            }
        }

        throw new InvalidOperationException($"Guardrail state kept changing under {_options.MaxAttempts} attempts to write it; giving up.");
    }

    /// <summary>Whether a row both the snapshot and this write cover has changed (or appeared) since the snapshot.</summary>
    private static bool Changed(
        Dictionary<GuardrailRowKey, string> expected, IReadOnlyList<GuardrailRowKey> keys, IReadOnlyDictionary<GuardrailRowKey, StoredGuardrailRow> current) =>
        keys.Any(k => expected.TryGetValue(k, out var version) && (current.TryGetValue(k, out var row) ? row.ETag : string.Empty) != version);
}
