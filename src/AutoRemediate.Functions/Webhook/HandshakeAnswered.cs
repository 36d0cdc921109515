namespace AutoRemediate.Functions.Webhook;

/// <summary>An Event Grid subscription validation: answer 200 with <paramref name="ResponseJson"/>.</summary>
internal sealed record HandshakeAnswered(string ResponseJson) : IntakeOutcome;
