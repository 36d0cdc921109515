using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Toil;

namespace AutoRemediate.Functions.Webhook;

/// <summary>
/// The alert lifecycle at the webhook: a firing alert starts its remediation or, if one runs, is folded into it
/// as <c>AlertRefired</c> (unless it is the very body that started it, i.e. a sender retry); a resolved alert
/// is raised into its running remediation as <c>AlertResolved</c> and never starts one. A resolved alert whose
/// remediation has ended gives its toil ledger row the resolution time (how long the humans took).
/// </summary>
/// <remarks>
/// Repeat and duplicate deliveries of an alert are not new toil occurrences: the instance id is the alert's identity,
/// so they are the same occurrence (counted as refirings on its row when folded into the running remediation).
/// </remarks>
internal sealed class RemediationDispatcher(IRemediationStarter remediations, IToilLedger ledger, ILogger<RemediationDispatcher> logger)
{
    public async Task<RemediationReceipt> DispatchAsync(RemediationRequest request, CancellationToken cancellationToken)
    {
        var id = request.InstanceId;
        if (request.Alert.State == AlertState.Fired && await remediations.StartAsync(request, cancellationToken))
        {
            logger.RemediationStarted(id, request.Alert.Source, request.Alert.RuleName, request.CorrelationId);
            return RemediationReceipt.For(id, RemediationDisposition.Started, alreadyExisted: false);
        }

        var existing = await remediations.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            // Resolved before it ever fired here (or after the remediation was purged): nothing to resolve.
            logger.ResolvedWithoutRemediation(id, request.CorrelationId);
            return RemediationReceipt.For(id, RemediationDisposition.ResolvedWithoutRemediation, alreadyExisted: false);
        }

        var disposition = existing.HasEnded ? RemediationDisposition.Ended
            : request.Alert.State == AlertState.Resolved ? RemediationDisposition.Resolved
            : existing.StartedBy?.BodySha256 == request.BodySha256 ? RemediationDisposition.Redelivered
            : RemediationDisposition.Refired;
        if (disposition is RemediationDisposition.Resolved or RemediationDisposition.Refired)
        {
            var eventName = disposition == RemediationDisposition.Resolved
                ? RemediationOrchestration.AlertResolvedEvent
                : RemediationOrchestration.AlertRefiredEvent;
            await remediations.RaiseAsync(id, eventName, request, cancellationToken);
            logger.RemediationSignalled(id, eventName, request.CorrelationId);
        }
        else
        {
            logger.RemediationAlreadyHandled(id, existing.RuntimeStatus, disposition, request.CorrelationId);
            if (disposition == RemediationDisposition.Ended && request.Alert.State == AlertState.Resolved && existing.StartedBy is { RecordsToil: true } started)
            {
                await RecordResolutionAsync(id, started.ReceivedAt, request.ReceivedAt, cancellationToken);
            }
        }

        return RemediationReceipt.For(id, disposition, alreadyExisted: true);
    }

    private async Task RecordResolutionAsync(string id, DateTimeOffset occurredAt, DateTimeOffset resolvedAt, CancellationToken cancellationToken)
    {
        try
        {
            await ledger.MarkResolvedAsync(id, occurredAt, resolvedAt, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Accounting must not fail alert intake: the row just lacks its resolution time.
            logger.ToilDeliveryNotRecorded(id, nameof(RemediationDisposition.Ended), exception);
        }
    }
}
