namespace AutoRemediate.Core.Alerts;

/// <summary>
/// What <see cref="AlertNormalizer"/> made of a request body: exactly one of <see cref="AlertsAccepted"/>,
/// <see cref="EventGridValidationRequested"/> or <see cref="AlertPayloadRejected"/>.
/// </summary>
/// <param name="BodySha256">Lower-case hex SHA-256 of the raw body bytes, for the audit log in every case.</param>
public abstract record AlertNormalizationResult(string BodySha256);
