using AutoRemediate.Core.Guardrails;

namespace AutoRemediate.Storage.Tests.Guardrails;

/// <summary>One-line queries, updates and operator actions for guardrail state tests.</summary>
internal static class GuardrailTestState
{
    public const string Runbook = "restart-web-app";
    public const string Flap = "flap-0123456789abcdef0123456789abcdef";

    public static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 12, 45, TimeSpan.Zero);

    public static string Site(int n = 1) =>
        $"/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-shop/providers/microsoft.web/sites/checkout-{n}";

    public static GuardrailStateQuery Query(string runbook = Runbook, params string[] resources) =>
        new(runbook, resources.Length == 0 ? [Site()] : resources, Flap);

    public static GuardrailStateUpdate Started(GuardrailStateSnapshot? snapshot = null, DateTimeOffset? at = null, string runbook = Runbook, params string[] resources) =>
        new(snapshot?.ETag, [new RunStartedChange(runbook, resources.Length == 0 ? [Site()] : resources, Flap, false, at ?? Now)]);

    public static GuardrailStateUpdate Finished(bool succeeded = true, int threshold = 3, DateTimeOffset? at = null, string? ifMatch = null) =>
        new(ifMatch, [new RunFinishedChange(Runbook, succeeded, threshold, at ?? Now)]);

    public static GuardrailStateUpdate Refired(DateTimeOffset at, string? notificationId = null) => new(null, [new AlertRefiredChange(Flap, at, notificationId)]);

    public static OperatorAction Operator(string reason = "incident INC-42", DateTimeOffset? at = null) => new("alice@contoso.com", reason, at ?? Now);

    /// <summary>
    /// What the orchestration does: load, decide (here only the concurrency limit and kill switch), apply the start
    /// on that snapshot; on a conflict, decide again on fresh state.
    /// </summary>
    public static async Task<bool> TryStartAsync(
        IGuardrailStateStore store, string remediationId, string runbook, string resource, int limit, Action? onConflict = null, Func<Task>? afterFirstLoad = null)
    {
        for (var round = 1; ; round++)
        {
            var snapshot = await store.LoadAsync(Query(runbook, resource), Now);
            if (round == 1 && afterFirstLoad is not null)
            {
                await afterFirstLoad();
            }

            if (snapshot.KillSwitch.Engaged || snapshot.RunningRemediations >= limit)
            {
                return false;
            }

            if (await store.ApplyAsync(Started(snapshot, Now, runbook, resource), remediationId) != GuardrailApplyOutcome.Conflict)
            {
                return true;
            }

            onConflict?.Invoke();
        }
    }
}
