using System.Globalization;
using Azure;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>Reads the response headers the clients act on: request ids, Retry-After, async-operation URLs, rate limits.</summary>
internal static class ResponseHeaderValues
{
    private const string RateLimitPrefix = "x-ms-ratelimit-remaining-";

    public static AzureRequestIds RequestIds(Response response) => new(
        response.Headers.TryGetValue("x-ms-request-id", out var requestId) ? requestId : null,
        response.Headers.TryGetValue("x-ms-correlation-request-id", out var correlationId) ? correlationId : null);

    /// <summary>
    /// The wait Azure asked for: <c>retry-after-ms</c> / <c>x-ms-retry-after-ms</c> (milliseconds), else
    /// <c>Retry-After</c> as seconds or an HTTP date measured against <paramref name="now"/>.
    /// </summary>
    public static TimeSpan? RetryAfter(Response response, DateTimeOffset now)
    {
        foreach (var name in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValue(name, out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
            {
                return TimeSpan.FromMilliseconds(millis);
            }
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (at > now ? at - now : TimeSpan.Zero)
            : null;
    }

    /// <summary>The lowest of the <c>x-ms-ratelimit-remaining-*</c> counters, when any is present.</summary>
    public static int? RateLimitRemaining(Response response)
    {
        int? lowest = null;
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith(RateLimitPrefix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(header.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining))
            {
                lowest = lowest is null ? remaining : Math.Min(lowest.Value, remaining);
            }
        }

        return lowest;
    }

    public static Uri? AbsoluteUri(Response response, string name, Uri requestUri) =>
        response.Headers.TryGetValue(name, out var value) && Uri.TryCreate(requestUri, value, out var uri) ? uri : null;
}
