using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Durable;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>Feeds a repeat firing to flap detection.</summary>
/// <remarks>The store has no per-remediation de-duplication for re-firings: a retried activity counts one twice.</remarks>
internal sealed class RecordRefiringActivity(IGuardrailStateStore store, TimeProvider time, ILogger<RecordRefiringActivity> logger)
    : TaskActivity<Alert, string>
{
    public const string Name = "RemediationRecordRefiring";

    public override async Task<string> RunAsync(TaskActivityContext context, Alert input, CancellationToken cancellationToken)
    {
        var outcome = await store.ApplyAsync(GuardrailStateUpdate.AlertRefired(new GuardrailContext { Now = time.GetUtcNow() }, input), null, cancellationToken);
        logger.GuardrailStateApplied(context.InstanceId, "alert refired", outcome.ToString());
        return outcome.ToString();
    }
}
