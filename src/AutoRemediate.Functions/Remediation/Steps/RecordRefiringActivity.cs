using AutoRemediate.Core.Guardrails;
using Microsoft.DurableTask;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>Feeds a repeat firing to flap detection, once per notification.</summary>
/// <remarks>
/// Activities run at least once, so the change carries the notification's body hash: a retry after the write
/// landed finds it recorded and counts nothing. The time is when the webhook received the notification, so a retry
/// also records the same instant.
/// </remarks>
internal sealed class RecordRefiringActivity(IGuardrailStateStore store, ILogger<RecordRefiringActivity> logger)
    : TaskActivity<RemediationRequest, string>
{
    public const string Name = "RemediationRecordRefiring";

    public override async Task<string> RunAsync(TaskActivityContext context, RemediationRequest input)
    {
        var update = GuardrailStateUpdate.AlertRefired(new GuardrailContext { Now = input.ReceivedAt }, input.Alert, input.BodySha256);
        var outcome = await store.ApplyAsync(update, null, CancellationToken.None);
        logger.GuardrailStateApplied(context.InstanceId, "alert refired", outcome.ToString());
        return outcome.ToString();
    }
}
