using System.Text.Json;

namespace AutoRemediate.Core.Alerts;

/// <summary>
/// The body is an Event Grid subscription validation handshake. The webhook must answer 200 with
/// <see cref="ToResponseJson"/>; nothing is remediated and nothing is stored.
/// </summary>
/// <param name="ValidationCode">The code Event Grid expects to be echoed back.</param>
/// <param name="ValidationUrl">The manual validation URL, when Event Grid sent one.</param>
/// <param name="BodySha256">Lower-case hex SHA-256 of the raw body bytes.</param>
public sealed record EventGridValidationRequested(string ValidationCode, string? ValidationUrl, string BodySha256)
    : AlertNormalizationResult(BodySha256)
{
    /// <summary>The response body Event Grid expects: <c>{"validationResponse":"&lt;code&gt;"}</c>.</summary>
    public string ToResponseJson() =>
        JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal) { ["validationResponse"] = ValidationCode });
}
