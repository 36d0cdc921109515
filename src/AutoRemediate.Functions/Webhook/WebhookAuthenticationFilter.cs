using AutoRemediate.Functions.Security;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Webhook;

/// <summary>
/// Authenticates every webhook route before its handler runs, so an unauthenticated body is never read.
/// Answers 401 problem+json naming what is wrong (never echoing the credential).
/// </summary>
internal sealed class WebhookAuthenticationFilter(
    WebhookAuthenticator authenticator, IOptions<WebhookOptions> options, ILogger<WebhookAuthenticationFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        AuthenticationOutcome outcome;
        try
        {
            outcome = await authenticator.AuthenticateAsync(http.Request, http.RequestAborted);
        }
        catch (SigningKeysUnavailableException exception)
        {
            logger.SigningKeysUnavailable(exception);
            return WebhookProblems.Unavailable($"{exception.Message}; deliver the request again", options.Value.RetryAfterSeconds);
        }

        if (outcome.Succeeded)
        {
            return await next(context);
        }

        logger.RequestNotAuthenticated(http.Request.Path, outcome.Method, outcome.Failure!);
        if (authenticator.AcceptsBearerTokens)
        {
            http.Response.Headers.WWWAuthenticate = outcome.Method == "bearer" ? "Bearer error=\"invalid_token\"" : "Bearer";
        }

        return WebhookProblems.Unauthorized(outcome.Failure!);
    }
}
