using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Webhook;

/// <summary>Maps an <see cref="IntakeOutcome"/> to the HTTP answer.</summary>
internal sealed class WebhookResults(IOptions<WebhookOptions> options)
{
    public IResult From(IntakeOutcome outcome) => outcome switch
    {
        HandshakeAnswered handshake => TypedResults.Text(handshake.ResponseJson, "application/json", statusCode: StatusCodes.Status200OK),
        PayloadRefused refused => WebhookProblems.Rejected(refused.Rejection),
        AlertsDispatched { Remediations: [{ StatusUrl: { } location }] } single => TypedResults.Accepted(location, single),
        AlertsDispatched dispatched => TypedResults.Json(dispatched, statusCode: StatusCodes.Status202Accepted),
        StorageUnavailable unavailable => WebhookProblems.Unavailable(unavailable.Detail, options.Value.RetryAfterSeconds),
        _ => throw new UnreachableException($"Unknown intake outcome {outcome.GetType().Name}."),
    };
}
