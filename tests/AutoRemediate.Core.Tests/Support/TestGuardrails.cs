using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;

namespace AutoRemediate.Core.Tests.Support;

/// <summary>Builds guardrail requests in one line; defaults describe a healthy, unrestricted, quiet system.</summary>
internal static class TestGuardrails
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 12, 45, TimeSpan.Zero);

    public static readonly string Site = TestAlerts.CheckoutSite;

    public static GuardrailContext Context(DateTimeOffset? now = null) => new() { Now = now ?? Now, ETag = "\"etag-1\"" };

    public static GuardrailRequest Request(
        GuardrailContext? context = null,
        RunbookBinding? binding = null,
        IEnumerable<string>? targets = null,
        RunbookRisk risk = RunbookRisk.Medium,
        Alert? alert = null)
    {
        var theAlert = alert ?? TestAlerts.Alert(targets: targets);
        var plan = new RemediationPlan("restart", ["restart site"], (targets ?? [Site]).Select(TestAlerts.Id).ToArray(), risk);
        return new GuardrailRequest(theAlert, binding ?? TestBindings.Binding("checkout-5xx-restart"), plan, context ?? Context());
    }

    public static RunbookBinding With(GuardrailSettings guardrails) => TestBindings.Binding("checkout-5xx-restart", guardrails: guardrails);

    public static RunbookBinding With(ApprovalPolicy approval) => TestBindings.Binding("checkout-5xx-restart", approval: approval);

    public static GuardrailDecision Decide(GuardrailRequest request) => new GuardrailEngine().Evaluate(request);

    public static GuardrailVerdict Verdict(string guardrail, GuardrailRequest request) =>
        Decide(request).Verdicts.Single(v => v.Name == guardrail);

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Tags(string resourceId, string key, string value) =>
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [resourceId.ToLowerInvariant()] = new Dictionary<string, string> { [key] = value },
        };

    public static string Vm(int n) =>
        $"/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-fleet/providers/Microsoft.Compute/virtualMachines/vm-{n:00}";
}
