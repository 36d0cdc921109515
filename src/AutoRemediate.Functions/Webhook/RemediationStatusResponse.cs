using System.Text.Json;
using AutoRemediate.Functions.Remediation;

namespace AutoRemediate.Functions.Webhook;

/// <summary>The body of <c>GET /api/remediations/{id}</c>.</summary>
internal sealed record RemediationStatusResponse(
    string InstanceId,
    string RuntimeStatus,
    JsonElement? CustomStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    DateTimeOffset? CompletedAt,
    JsonElement? Output)
{
    public static RemediationStatusResponse From(RemediationInstance instance) => new(
        instance.InstanceId,
        instance.RuntimeStatus.ToString(),
        AsJson(instance.CustomStatusJson),
        instance.CreatedAt,
        instance.LastUpdatedAt,
        instance.CompletedAt,
        AsJson(instance.OutputJson));

    private static JsonElement? AsJson(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // A termination reason is stored as plain text; show it as a JSON string.
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
