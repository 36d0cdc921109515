using Microsoft.DurableTask;
using AutoRemediate.Functions.Remediation;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// Stands in for the real remediation orchestration under <see cref="RemediationOrchestration.Name"/>: records
/// its start, counts AlertRefired events and ends when AlertResolved arrives (or after a timeout).
/// </summary>
internal sealed class RecordingRemediationOrchestrator(RemediationRecorder recorder) : TaskOrchestrator<RemediationRequest, RecordedRemediation>
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public override async Task<RecordedRemediation> RunAsync(TaskOrchestrationContext context, RemediationRequest input)
    {
        if (!context.IsReplaying)
        {
            recorder.ExecutionStarted(context.InstanceId, input);
        }

        var refired = 0;
        var resolved = context.WaitForExternalEvent<RemediationRequest>(RemediationOrchestration.AlertResolvedEvent);
        var refire = context.WaitForExternalEvent<RemediationRequest>(RemediationOrchestration.AlertRefiredEvent);
        using var cancelTimeout = new CancellationTokenSource();
        var timeout = context.CreateTimer(context.CurrentUtcDateTime.Add(Timeout), cancelTimeout.Token);
        while (true)
        {
            var winner = await Task.WhenAny(resolved, refire, timeout);
            if (winner == refire)
            {
                refired++;
                context.SetCustomStatus(new { refired });
                refire = context.WaitForExternalEvent<RemediationRequest>(RemediationOrchestration.AlertRefiredEvent);
                continue;
            }

            cancelTimeout.Cancel();
            var resolution = winner == resolved ? await resolved : null;
            return new RecordedRemediation(input.Alert.Identity, refired, resolution?.Alert.State.ToString(), resolution?.BodySha256);
        }
    }
}
