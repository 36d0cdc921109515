using AutoRemediate.Functions.Webhook;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Operator;

/// <summary>Answers 503 with Retry-After, never 500, when storage fails under an operator request.</summary>
internal sealed class OperatorStorageFilter(IOptions<WebhookOptions> options, ILogger<OperatorStorageFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (StorageFailures.IsTransient(exception, http.RequestAborted))
        {
            logger.OperatorStorageUnavailable(http.Request.Path.Value, exception);
            return WebhookProblems.Unavailable($"storage is unavailable ({exception.GetType().Name}); try again", options.Value.RetryAfterSeconds);
        }
    }
}
