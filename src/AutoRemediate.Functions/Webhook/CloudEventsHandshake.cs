using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AutoRemediate.Functions.Webhook;

/// <summary>
/// The CloudEvents 1.0 webhook abuse-protection handshake on <c>OPTIONS /api/alerts</c>: Event Grid asks with
/// <c>WebHook-Request-Origin</c> before it delivers in the CloudEvents schema, and delivers only once the answer is
/// 200 with that origin in <c>WebHook-Allowed-Origin</c>. No rate is announced (<c>WebHook-Allowed-Rate</c>):
/// overload is answered 503 with Retry-After, which Event Grid honours.
/// </summary>
/// <remarks>
/// Authenticated like the POST (the route group's filter runs first): consent to deliveries is only given to whoever
/// may deliver. Event Grid sends the endpoint URL as configured, so the function key goes in it as <c>?code=</c>.
/// </remarks>
internal static partial class CloudEventsHandshake
{
    public const string RequestOriginHeader = "WebHook-Request-Origin";
    public const string AllowedOriginHeader = "WebHook-Allowed-Origin";

    public static IResult Answer(HttpContext http, ILogger<AlertIntake> logger)
    {
        var origin = http.Request.Headers[RequestOriginHeader].ToString();
        if (origin.Length == 0)
        {
            return WebhookProblems.HandshakeRefused($"the {RequestOriginHeader} header is missing: OPTIONS {AlertWebhookEndpoints.AlertsPath} is the CloudEvents webhook validation handshake");
        }

        // Echoed into a response header, so only a host name (with an optional port) is accepted.
        if (!HostName().IsMatch(origin))
        {
            return WebhookProblems.HandshakeRefused($"the {RequestOriginHeader} header must be a host name such as eventgrid.azure.net");
        }

        http.Response.Headers[AllowedOriginHeader] = origin;
        logger.CloudEventsHandshakeAnswered(origin, Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier);
        return TypedResults.Ok();
    }

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}
