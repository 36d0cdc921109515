using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// One alert notification as the webhook received it: the input of a remediation orchestration and the payload
/// of its <c>AlertResolved</c> and <c>AlertRefired</c> events. Serialised with the engine's JSON (camelCase).
/// </summary>
/// <param name="InstanceId">The remediation instance id, <see cref="RemediationInstanceId.From(Alert)"/>.</param>
/// <param name="Alert">The normalised alert.</param>
/// <param name="ReceivedAt">When the webhook received the notification (UTC).</param>
/// <param name="BodySha256">Lower-case hex SHA-256 of the raw request body; equal bodies are redeliveries.</param>
/// <param name="CorrelationId">The request's trace id, linking the notification to the webhook's logs.</param>
/// <param name="RecordsToil">
/// True when the remediation ends by writing its toil ledger row. WARNING: remediations started before the ledger
/// existed have no such member (false) and must replay without that activity call; never default it to true.
/// </param>
internal sealed record RemediationRequest(
    string InstanceId,
    Alert Alert,
    DateTimeOffset ReceivedAt,
    string BodySha256,
    string CorrelationId,
    bool RecordsToil = false);
