using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Text;

namespace AutoRemediate.Functions.Webhook;

/// <summary>
/// The webhook's refusals as problem+json, each with a <c>detail</c> the sender's owner can act on; input quoted back
/// goes through <see cref="UntrustedText.Echo"/>.
/// </summary>
internal static class WebhookProblems
{
    public static IResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Not authenticated");

    public static IResult UnsupportedMediaType(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type");

    public static IResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");

    public static IResult Rejected(AlertPayloadRejected rejection) =>
        TypedResults.Problem(
            rejection.ToString(),
            statusCode: StatusCodes.Status400BadRequest,
            title: "Alert payload rejected",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["pointer"] = rejection.Pointer,
                ["bodySha256"] = rejection.BodySha256,
            });

    public static IResult HandshakeRefused(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Validation handshake refused");

    public static IResult NotFound(string instanceId) =>
        TypedResults.Problem($"no remediation '{UntrustedText.Echo(instanceId)}' exists", statusCode: StatusCodes.Status404NotFound, title: "Remediation not found");

    /// <summary>503 with Retry-After: Azure Monitor action groups retry 408/429/503/504, never a 500.</summary>
    public static IResult Unavailable(string detail, int retryAfterSeconds) =>
        new RetryAfterResult(
            TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Temporarily unavailable"),
            retryAfterSeconds);
}
