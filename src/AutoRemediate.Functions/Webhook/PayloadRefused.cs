using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Functions.Webhook;

/// <summary>The normaliser refused the body: answer 400; nothing was stored.</summary>
internal sealed record PayloadRefused(AlertPayloadRejected Rejection) : IntakeOutcome;
