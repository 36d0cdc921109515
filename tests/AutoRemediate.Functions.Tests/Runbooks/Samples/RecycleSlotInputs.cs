using AutoRemediate.Core.Alerts;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Runbooks;
using AutoRemediate.Samples.RecycleSlot;

namespace AutoRemediate.Functions.Tests.Runbooks.Samples;

/// <summary>Inputs for the sample runbook: the App Service 5xx sample alert, the <c>warmup</c> slot, a soft restart.</summary>
internal static class RecycleSlotInputs
{
    private static readonly Alert Alert =
        ((AlertsAccepted)new AlertNormalizer().Normalize(WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json"))).Alerts[0];

    public static RunbookInput Input(string id, bool dryRun, params string[] targets) => new(
        id,
        "checkout-warmup-slot",
        RecycleSlotRunbook.RunbookName,
        new Dictionary<string, string> { ["slot"] = "warmup", ["softRestart"] = "true" },
        targets,
        dryRun,
        null,
        Alert);
}
