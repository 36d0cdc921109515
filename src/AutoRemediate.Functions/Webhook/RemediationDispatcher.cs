using AutoRemediate.Core.Alerts;
using AutoRemediate.Functions.Remediation;

namespace AutoRemediate.Functions.Webhook;

/// <summary>
/// The alert lifecycle at the webhook: a firing alert starts its remediation or, if one runs, is folded into it
/// as <c>AlertRefired</c> (unless it is the very body that started it, i.e. a sender retry); a resolved alert
/// is raised into its running remediation as <c>AlertResolved</c> and never starts one.
/// </summary>
internal sealed class RemediationDispatcher(IRemediationStarter remediations, ILogger<RemediationDispatcher> logger)
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
        }

        return RemediationReceipt.For(id, disposition, alreadyExisted: true);
    }
}
