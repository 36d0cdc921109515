namespace AutoRemediate.Core.Guardrails.State;

/// <summary>Turns the rows read for a query into the snapshot the engine sees.</summary>
internal static class GuardrailSnapshotBuilder
{
    public static IReadOnlyList<GuardrailRowKey> Keys(GuardrailStateQuery query) =>
    [
        GuardrailRowKey.Global,
        GuardrailRowKey.Runbook(query.Runbook),
        .. query.ResourceIds.Select(r => GuardrailRowKey.Cooldown(query.Runbook, r)).Distinct(),
        GuardrailRowKey.Flap(query.FlapKey),
    ];

    public static GuardrailStateSnapshot Build(
        GuardrailStateQuery query, DateTimeOffset now, IReadOnlyDictionary<GuardrailRowKey, StoredGuardrailRow> stored, GuardrailStateOptions options)
    {
        var keys = Keys(query);
        var rows = stored.ToDictionary(p => p.Key, p => p.Value.Row);
        var global = GuardrailTransitions.Get(rows, GuardrailRowKey.Global, GlobalGuardrailRow.Empty);
        var runbook = GuardrailTransitions.Get(rows, GuardrailRowKey.Runbook(query.Runbook), RunbookGuardrailRow.Empty);
        var flap = GuardrailTransitions.Get(rows, GuardrailRowKey.Flap(query.FlapKey), FlapGuardrailRow.Empty);
        var lastRuns = keys
            .Where(k => k.Kind == GuardrailRowKind.Cooldown && rows.ContainsKey(k))
            .Select(k => new LastRun(query.Runbook, k.Item, ((CooldownGuardrailRow)rows[k]).LastRunAt))
            .ToList();

        return new GuardrailStateSnapshot(
            global.KillSwitch,
            lastRuns,
            runbook.Starts.Count(t => t > now - options.RateWindow && t <= now),
            global.RunningCount,
            [.. global.Running.Keys],
            [.. flap.Refirings.Where(t => t > now - options.FlapRetention && t <= now)],
            flap.LastRemediatedAt,
            runbook.Breaker,
            runbook.LastReset,
            GuardrailStateToken.Encode(keys, stored))
        {
            Runbook = query.Runbook,
        };
    }
}
