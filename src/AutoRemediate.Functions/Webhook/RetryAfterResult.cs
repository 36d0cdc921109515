using System.Globalization;

namespace AutoRemediate.Functions.Webhook;

/// <summary>Adds a <c>Retry-After</c> header (seconds) to another result.</summary>
internal sealed class RetryAfterResult(IResult inner, int seconds) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return inner.ExecuteAsync(httpContext);
    }
}
