using System.Diagnostics;

namespace AutoRemediate.Functions.Webhook;

/// <summary>
/// <c>POST /api/alerts</c> (every supported sender, detected by content), the only route the webhook's credentials
/// open, and <c>OPTIONS /api/alerts</c> (the CloudEvents webhook validation handshake, authenticated the same way);
/// the status its receipts point at (<c>GET /api/remediations/{id}</c>) is an operator route.
/// The paths carry the Functions host's "api" route prefix, so they are the same proxied and self-hosted.
/// </summary>
internal static class AlertWebhookEndpoints
{
    public const string AlertsPath = "/api/alerts";
    private const string RemediationsPath = "/api/remediations";

    public static string StatusPath(string instanceId) => $"{RemediationsPath}/{instanceId}";

    public static void MapAlertWebhook(this IEndpointRouteBuilder app)
    {
        var webhook = app.MapGroup(string.Empty).AddEndpointFilter<WebhookAuthenticationFilter>();
        webhook.MapPost(AlertsPath, ReceiveAsync);
        webhook.MapMethods(AlertsPath, [HttpMethods.Options], CloudEventsHandshake.Answer);
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, WebhookBodyReader reader, AlertIntake intake, WebhookResults results)
    {
        var body = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (body.Refusal is { } refusal)
        {
            return refusal;
        }

        var correlationId = Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
        return results.From(await intake.AcceptAsync(body.Bytes!, correlationId, http.RequestAborted));
    }
}
