namespace AutoRemediate.Functions.Webhook;

/// <summary>What <see cref="AlertIntake"/> made of an authenticated body; mapped to HTTP by <see cref="WebhookResults"/>.</summary>
internal abstract record IntakeOutcome;
