namespace AutoRemediate.Core.Alerts;

/// <summary>The body was refused; the webhook answers 400 (problem+json) with <see cref="Reason"/> and stores nothing.</summary>
/// <param name="Reason">What is wrong, phrased so the sender's owner can fix it, e.g. "data.essentials.alertId is missing".</param>
/// <param name="Pointer">JSON pointer to the offending value (e.g. <c>/data/essentials/alertId</c>) when one applies.</param>
/// <param name="BodySha256">Lower-case hex SHA-256 of the raw body bytes.</param>
public sealed record AlertPayloadRejected(string Reason, string? Pointer, string BodySha256)
    : AlertNormalizationResult(BodySha256)
{
    /// <inheritdoc />
    public override string ToString() => Pointer is null ? Reason : $"{Reason} (at {Pointer})";
}
