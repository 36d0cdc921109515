using System.Diagnostics;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Functions.Remediation;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Webhook;

/// <summary>
/// Turns an authenticated body into remediations: normalise, then per alert only the start or raise calls,
/// within <see cref="WebhookOptions.StorageTimeout"/>. A storage failure fails the whole request with 503; the
/// sender's retry is safe because starts are idempotent per alert and the starting body is recognised.
/// </summary>
internal sealed class AlertIntake(
    AlertNormalizer normalizer, RemediationDispatcher dispatcher, IOptions<WebhookOptions> options, TimeProvider time, ILogger<AlertIntake> logger)
{
    // Event Grid batches can hold thousands of events; a few calls in flight keep the answer fast without
    // flooding the storage account from one request.
    private const int MaxAlertsInFlight = 8;

    public async Task<IntakeOutcome> AcceptAsync(byte[] body, string correlationId, CancellationToken requestAborted)
    {
        switch (normalizer.Normalize(body))
        {
            case EventGridValidationRequested handshake:
                logger.EventGridHandshakeAnswered(correlationId);
                return new HandshakeAnswered(handshake.ToResponseJson());
            case AlertPayloadRejected rejected:
                logger.PayloadRejected(rejected.Reason, rejected.Pointer, rejected.BodySha256, correlationId);
                return new PayloadRefused(rejected);
            case AlertsAccepted accepted:
                return await DispatchAsync(accepted, correlationId, requestAborted);
            default:
                throw new UnreachableException("AlertNormalizer returned an unknown result type.");
        }
    }

    private async Task<IntakeOutcome> DispatchAsync(AlertsAccepted accepted, string correlationId, CancellationToken requestAborted)
    {
        var receivedAt = time.GetUtcNow();
        var receipts = new RemediationReceipt[accepted.Alerts.Count];
        using var timeout = new CancellationTokenSource(options.Value.StorageTimeout, time);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, timeout.Token);
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxAlertsInFlight, CancellationToken = budget.Token };
            await Parallel.ForEachAsync(Enumerable.Range(0, receipts.Length), parallel, async (index, ct) =>
            {
                var alert = accepted.Alerts[index];
                var request = new RemediationRequest(RemediationInstanceId.From(alert).Value, alert, receivedAt, accepted.BodySha256, correlationId, RecordsToil: true);
                receipts[index] = await dispatcher.DispatchAsync(request, ct);
            });
        }
        catch (Exception exception) when (StorageFailures.IsTransient(exception, requestAborted))
        {
            logger.StorageUnavailable(accepted.Alerts.Count, correlationId, exception);
            return new StorageUnavailable(timeout.IsCancellationRequested
                ? $"storage did not answer within {options.Value.StorageTimeout.TotalSeconds:0.###} s; deliver the alert again"
                : $"storage is unavailable ({exception.GetType().Name}); deliver the alert again");
        }

        logger.AlertsAccepted(receipts.Length, accepted.BodySha256, correlationId);
        return new AlertsDispatched(correlationId, receipts);
    }
}
