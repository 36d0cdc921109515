using System.Collections.Immutable;

namespace AutoRemediate.Core.Guardrails.State;

/// <summary>
/// The state changes of the guardrails README, applied to a working copy of rows. Pure; every store uses exactly
/// this, so the table and in-memory stores cannot drift apart.
/// </summary>
internal static class GuardrailTransitions
{
    /// <summary>The rows a change reads and writes.</summary>
    public static IEnumerable<GuardrailRowKey> Keys(GuardrailStateChange change) => change switch
    {
        RunStartedChange s => [GuardrailRowKey.Global, GuardrailRowKey.Runbook(s.Runbook), .. s.ResourceIds.Select(r => GuardrailRowKey.Cooldown(s.Runbook, r)), GuardrailRowKey.Flap(s.FlapKey)],
        RunFinishedChange f => [GuardrailRowKey.Global, GuardrailRowKey.Runbook(f.Runbook)],
        RunCancelledChange => [GuardrailRowKey.Global],
        AlertRefiredChange a => [GuardrailRowKey.Flap(a.FlapKey)],
        CircuitBreakerResetChange r => [GuardrailRowKey.Runbook(r.Runbook)],
        _ => throw new ArgumentException($"Unknown guardrail state change {change.GetType().Name}.", nameof(change)),
    };

    /// <summary>Applies <paramref name="change"/> to <paramref name="rows"/>; false when it was already applied for <paramref name="remediationId"/>.</summary>
    public static bool Apply(Dictionary<GuardrailRowKey, GuardrailRow> rows, GuardrailStateChange change, string? remediationId, GuardrailStateOptions options)
    {
        switch (change)
        {
            case RunStartedChange s:
                return Started(rows, s, remediationId, options);
            case RunFinishedChange f:
                return Finished(rows, f, remediationId);
            case RunCancelledChange:
                return Cancelled(rows, remediationId);
            case AlertRefiredChange a:
                return Refired(rows, a, options);
            case CircuitBreakerResetChange r:
                var runbook = Get(rows, GuardrailRowKey.Runbook(r.Runbook), RunbookGuardrailRow.Empty);
                rows[GuardrailRowKey.Runbook(r.Runbook)] = runbook with { Breaker = CircuitBreakerState.Closed, LastReset = new OperatorAction(r.ResetBy, string.Empty, r.At) };
                return true;
            default:
                throw new ArgumentException($"Unknown guardrail state change {change.GetType().Name}.", nameof(change));
        }
    }

    public static T Get<T>(IReadOnlyDictionary<GuardrailRowKey, GuardrailRow> rows, GuardrailRowKey key, T empty)
        where T : GuardrailRow => rows.TryGetValue(key, out var row) ? (T)row : empty;

    /// <summary>Times after <paramref name="after"/>, oldest first, at most <see cref="GuardrailStateOptions.MaxTimesPerRow"/> (newest kept).</summary>
    public static ImmutableArray<DateTimeOffset> Window(IEnumerable<DateTimeOffset> times, DateTimeOffset after, GuardrailStateOptions options) =>
        [.. Newest(times, t => t, after, options)];

    /// <summary><see cref="Window"/> for any items timed by <paramref name="at"/>, so notification maps are trimmed the same way.</summary>
    private static IEnumerable<T> Newest<T>(IEnumerable<T> items, Func<T, DateTimeOffset> at, DateTimeOffset after, GuardrailStateOptions options)
    {
        var kept = items.Where(i => at(i) > after).OrderBy(at).ToList();
        return kept.Skip(Math.Max(0, kept.Count - options.MaxTimesPerRow));
    }

    private static bool Started(Dictionary<GuardrailRowKey, GuardrailRow> rows, RunStartedChange change, string? remediationId, GuardrailStateOptions options)
    {
        var global = Get(rows, GuardrailRowKey.Global, GlobalGuardrailRow.Empty);
        if (remediationId is not null && global.Running.ContainsKey(remediationId))
        {
            return false;
        }

        rows[GuardrailRowKey.Global] = remediationId is null
            ? global with { UntrackedRunning = global.UntrackedRunning + 1 }
            : global with { Running = global.Running.SetItem(remediationId, change.At) };

        var runbookKey = GuardrailRowKey.Runbook(change.Runbook);
        var runbook = Get(rows, runbookKey, RunbookGuardrailRow.Empty);
        rows[runbookKey] = runbook with { Starts = Window(runbook.Starts.Add(change.At), change.At - options.RateWindow, options) };

        foreach (var resource in change.ResourceIds)
        {
            var key = GuardrailRowKey.Cooldown(change.Runbook, resource);
            var last = rows.TryGetValue(key, out var row) ? ((CooldownGuardrailRow)row).LastRunAt : DateTimeOffset.MinValue;
            rows[key] = new CooldownGuardrailRow(last > change.At ? last : change.At);
        }

        var flapKey = GuardrailRowKey.Flap(change.FlapKey);
        var flap = Get(rows, flapKey, FlapGuardrailRow.Empty);
        rows[flapKey] = flap with { LastRemediatedAt = flap.LastRemediatedAt > change.At ? flap.LastRemediatedAt : change.At };
        return true;
    }

    private static bool Cancelled(Dictionary<GuardrailRowKey, GuardrailRow> rows, string? remediationId) =>
        remediationId is not null && Release(rows, remediationId);

    private static bool Refired(Dictionary<GuardrailRowKey, GuardrailRow> rows, AlertRefiredChange change, GuardrailStateOptions options)
    {
        var key = GuardrailRowKey.Flap(change.FlapKey);
        var flap = Get(rows, key, FlapGuardrailRow.Empty);
        if (change.NotificationId is { } id && flap.Notifications.ContainsKey(id))
        {
            return false;
        }

        var after = change.At - options.FlapRetention;
        var notifications = change.NotificationId is { } added ? flap.Notifications.SetItem(added, change.At) : flap.Notifications;
        rows[key] = flap with
        {
            Refirings = Window(flap.Refirings.Add(change.At), after, options),
            Notifications = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, Newest(notifications, n => n.Value, after, options)),
        };
        return true;
    }

    private static bool Finished(Dictionary<GuardrailRowKey, GuardrailRow> rows, RunFinishedChange change, string? remediationId)
    {
        if (!Release(rows, remediationId))
        {
            return false;
        }

        var runbookKey = GuardrailRowKey.Runbook(change.Runbook);
        var runbook = Get(rows, runbookKey, RunbookGuardrailRow.Empty);
        rows[runbookKey] = runbook with { Breaker = runbook.Breaker.After(change.Succeeded, change.CircuitBreakerThreshold, change.At) };
        return true;
    }

    /// <summary>Frees the run's concurrency slot; false when <paramref name="remediationId"/> holds none (already released).</summary>
    private static bool Release(Dictionary<GuardrailRowKey, GuardrailRow> rows, string? remediationId)
    {
        var global = Get(rows, GuardrailRowKey.Global, GlobalGuardrailRow.Empty);
        if (remediationId is not null && !global.Running.ContainsKey(remediationId))
        {
            return false;
        }

        rows[GuardrailRowKey.Global] = remediationId is null
            ? global with { UntrackedRunning = Math.Max(0, global.UntrackedRunning - 1) }
            : global with { Running = global.Running.Remove(remediationId) };
        return true;
    }
}
